import { Stack } from '@mantine/core';
import { PageHeader } from '../../components/page-header';
import { EmptyState } from '../../components/page-states';
import { AddMemberForm } from '../../features/settings/components/add-member-form';
import { MembersTable } from '../../features/settings/components/members-table';
import { usePageTitle } from '../layout/page-title';
import { isOwner, useShell } from '../layout/shell-context';

export function MembersRoute() {
  const { workspace, user } = useShell();
  usePageTitle(workspace ? 'Members' : 'Workspace not found', workspace?.name);
  if (!workspace) return <EmptyState headingOrder={1} title="Workspace not found" />;
  const owner = isOwner(workspace);
  return (
    <Stack gap="lg">
      <PageHeader
        title="Members"
        description={owner ? 'Owners manage members and roles. Researchers write; viewers only read.' : 'Only owners can add members or change roles.'}
      />
      {owner ? <AddMemberForm workspaceId={workspace.id} /> : null}
      <MembersTable workspaceId={workspace.id} isOwner={owner} currentUserId={user.id} />
    </Stack>
  );
}
