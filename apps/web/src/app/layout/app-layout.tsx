import { Anchor, AppShell, Burger, Container, Group } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { User, Workspace } from '@outcome-atlas/contracts';
import { useEffect } from 'react';
import { Link, Navigate, Outlet, useLocation, useNavigate, useParams } from 'react-router';
import { ErrorState, LoadingState } from '../../components/page-states';
import { paths } from '../../config/paths';
import { readLastWorkspaceId, writeLastWorkspaceId } from '../../config/storage';
import { useMe } from '../../features/auth/api/get-me';
import { UserMenu } from '../../features/auth/components/user-menu';
import { useProject } from '../../features/projects/api/get-project';
import { useWorkspaces } from '../../features/workspaces/api/get-workspaces';
import { WorkspaceSwitcher } from '../../features/workspaces/components/workspace-switcher';
import { isApiError } from '../../lib/api-error';
import { AppNavigation } from './app-navigation';
import type { ShellContext } from './shell-context';
import classes from './app-layout.module.css';

/** Signed-in pages: checks the session, then renders the shell around the page. */
export function AppLayout() {
  const me = useMe();
  const location = useLocation();

  if (me.isPending) {
    return (
      <Container size="sm" py="xl">
        <LoadingState label="Checking your session" />
      </Container>
    );
  }
  if (me.isError) {
    if (isApiError(me.error) && me.error.status === 401) return <Navigate to={paths.login(location.pathname + location.search)} replace />;
    return (
      <Container size="sm" py="xl">
        <ErrorState error={me.error} onRetry={() => void me.refetch()} title="Could not reach Outcome Atlas" />
      </Container>
    );
  }
  return <Shell user={me.data.user} fallbackWorkspaces={me.data.workspaces} />;
}

function Shell({ user, fallbackWorkspaces }: { user: User; fallbackWorkspaces: Workspace[] }) {
  const [navOpened, { toggle, close }] = useDisclosure(false);
  const { workspaceId: workspaceParam, projectId } = useParams();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const workspacesQuery = useWorkspaces();
  const project = useProject(projectId);

  const workspaces = workspacesQuery.data ?? fallbackWorkspaces;
  const wantedId = workspaceParam ?? project.data?.workspaceId ?? readLastWorkspaceId();
  const workspace = workspaces.find((candidate) => candidate.id === wantedId) ?? (workspaceParam || projectId ? null : (workspaces[0] ?? null));

  useEffect(() => {
    if (workspace) writeLastWorkspaceId(workspace.id);
  }, [workspace]);

  useEffect(() => close(), [pathname, close]);

  const context: ShellContext = { user, workspaces, workspace };

  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 250, breakpoint: 'sm', collapsed: { mobile: !navOpened } }} padding="lg">
      <AppShell.Header>
        <a href="#main-content" className={classes.skipLink}>
          Skip to content
        </a>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={navOpened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Toggle navigation" />
            <Anchor component={Link} to={paths.home} fw={700} size="lg" c="inherit" underline="never">
              Outcome Atlas
            </Anchor>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <WorkspaceSwitcher workspaces={workspaces} currentWorkspaceId={workspace?.id ?? null} onChange={(id) => void navigate(paths.workspace(id))} />
            <UserMenu user={user} onLoggedOut={() => void navigate(paths.login(), { replace: true })} />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label="Sections">
        <AppNavigation workspace={workspace} project={project.data ?? null} />
      </AppShell.Navbar>
      <AppShell.Main id="main-content" tabIndex={-1} className={classes.main}>
        <Container size="xl" px={0}>
          <Outlet context={context} />
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
