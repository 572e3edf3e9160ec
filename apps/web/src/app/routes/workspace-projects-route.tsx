import { Button } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { PageHeader } from '../../components/page-header';
import { EmptyState } from '../../components/page-states';
import { paths } from '../../config/paths';
import { CreateProjectModal } from '../../features/projects/components/create-project-modal';
import { ProjectsList } from '../../features/projects/components/projects-list';
import { usePageTitle } from '../layout/page-title';
import { canWrite, useShell } from '../layout/shell-context';

export function WorkspaceProjectsRoute() {
  const { workspace } = useShell();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  usePageTitle(workspace ? 'Projects' : 'Workspace not found', workspace?.name);

  if (!workspace) return <EmptyState headingOrder={1} title="Workspace not found" description="It does not exist or you are not a member." />;
  const writable = canWrite(workspace);
  const createButton = writable ? (
    <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
      Create project
    </Button>
  ) : undefined;

  return (
    <>
      <PageHeader title="Projects" description={`Research projects in ${workspace.name}`} actions={createButton} />
      <ProjectsList workspaceId={workspace.id} />
      {writable ? (
        <CreateProjectModal
          workspaceId={workspace.id}
          opened={creating}
          onClose={() => setCreating(false)}
          onCreated={(project) => {
            setCreating(false);
            void navigate(paths.project(project.id));
          }}
        />
      ) : null}
    </>
  );
}
