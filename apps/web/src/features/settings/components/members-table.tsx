import { ActionIcon, Badge, Group, Select, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import type { Member, WorkspaceRole } from '@outcome-atlas/contracts';
import { IconUserMinus } from '@tabler/icons-react';
import { useState } from 'react';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { LoadMoreButton } from '../../../components/load-more-button';
import { EmptyState, ErrorState, LoadingState } from '../../../components/page-states';
import { formatDate } from '../../../lib/format';
import { useMembers } from '../api/get-members';
import { useRemoveMember } from '../api/remove-member';
import { useUpdateMember } from '../api/update-member';
import { ROLE_OPTIONS, roleLabel } from './role-options';

type MembersTableProps = { workspaceId: string; isOwner: boolean; currentUserId: string };

export function MembersTable({ workspaceId, isOwner, currentUserId }: MembersTableProps) {
  const members = useMembers(workspaceId);
  const updateMember = useUpdateMember(workspaceId);
  const removeMember = useRemoveMember(workspaceId);
  const [toRemove, setToRemove] = useState<Member | null>(null);

  if (members.isPending) return <LoadingState label="Loading members" />;
  if (members.isError) return <ErrorState error={members.error} onRetry={() => void members.refetch()} title="Could not load members" />;
  const items = members.data.pages.flatMap((page) => page.items);
  if (items.length === 0) return <EmptyState title="No members" />;

  return (
    <>
      <Table.ScrollContainer minWidth={600}>
        <Table verticalSpacing="sm" aria-label="Members">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Email</Table.Th>
              <Table.Th>Role</Table.Th>
              <Table.Th>Joined</Table.Th>
              {isOwner ? (
                <Table.Th>
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              ) : null}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((member) => (
              <Table.Tr key={member.userId}>
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    <Text size="sm" fw={500}>
                      {member.name}
                    </Text>
                    {member.userId === currentUserId ? (
                      <Badge size="xs" variant="light">
                        you
                      </Badge>
                    ) : null}
                  </Group>
                </Table.Td>
                <Table.Td>{member.email}</Table.Td>
                <Table.Td w={180}>
                  {isOwner ? (
                    <Select
                      size="xs"
                      aria-label={`Role of ${member.name}`}
                      data={ROLE_OPTIONS}
                      value={member.role}
                      allowDeselect={false}
                      onChange={(role) => {
                        if (role && role !== member.role) updateMember.mutate({ userId: member.userId, role: role as WorkspaceRole });
                      }}
                    />
                  ) : (
                    roleLabel(member.role)
                  )}
                </Table.Td>
                <Table.Td>{formatDate(member.joinedAt)}</Table.Td>
                {isOwner ? (
                  <Table.Td w={48}>
                    <Tooltip label="Remove from workspace">
                      <ActionIcon variant="subtle" color="red" aria-label={`Remove ${member.name}`} onClick={() => setToRemove(member)}>
                        <IconUserMinus size={16} aria-hidden />
                      </ActionIcon>
                    </Tooltip>
                  </Table.Td>
                ) : null}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <LoadMoreButton hasNextPage={members.hasNextPage} isFetchingNextPage={members.isFetchingNextPage} onLoadMore={() => void members.fetchNextPage()} />
      <ConfirmDialog
        opened={toRemove !== null}
        title="Remove member"
        message={`Remove ${toRemove?.name ?? ''} (${toRemove?.email ?? ''}) from this workspace? They lose access to all its projects.`}
        confirmLabel="Remove member"
        loading={removeMember.isPending}
        onClose={() => setToRemove(null)}
        onConfirm={() => {
          if (toRemove) removeMember.mutate(toRemove.userId, { onSuccess: () => setToRemove(null) });
        }}
      />
    </>
  );
}
