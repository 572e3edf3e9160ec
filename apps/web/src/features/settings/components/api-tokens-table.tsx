import { Badge, Button, Code, Table } from '@mantine/core';
import type { ApiToken } from '@outcome-atlas/contracts';
import { useState } from 'react';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { EmptyState, ErrorState, LoadingState } from '../../../components/page-states';
import { formatDate } from '../../../lib/format';
import { useApiTokens } from '../api/get-api-tokens';
import { useRevokeApiToken } from '../api/revoke-api-token';

export function ApiTokensTable({ workspaceId }: { workspaceId: string }) {
  const tokens = useApiTokens(workspaceId);
  const revoke = useRevokeApiToken(workspaceId);
  const [toRevoke, setToRevoke] = useState<ApiToken | null>(null);

  if (tokens.isPending) return <LoadingState label="Loading API tokens" />;
  if (tokens.isError) return <ErrorState error={tokens.error} onRetry={() => void tokens.refetch()} title="Could not load API tokens" />;
  if (tokens.data.length === 0) return <EmptyState title="No API tokens" description="Create a token to let scripts and BI tools read this workspace." />;

  return (
    <>
      <Table.ScrollContainer minWidth={640}>
        <Table verticalSpacing="sm" aria-label="API tokens">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Scope</Table.Th>
              <Table.Th>Token</Table.Th>
              <Table.Th>Created</Table.Th>
              <Table.Th>Last used</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {tokens.data.map((token) => (
              <Table.Tr key={token.id}>
                <Table.Td fw={500}>{token.name}</Table.Td>
                <Table.Td>
                  <Badge variant="light" color={token.scope === 'write' ? 'orange' : 'gray'}>
                    {token.scope}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Code>{token.prefix}…</Code>
                </Table.Td>
                <Table.Td>{formatDate(token.createdAt)}</Table.Td>
                <Table.Td>{token.lastUsedAt ? formatDate(token.lastUsedAt) : 'Never'}</Table.Td>
                <Table.Td ta="right">
                  <Button size="xs" variant="subtle" color="red" aria-label={`Revoke ${token.name}`} onClick={() => setToRevoke(token)}>
                    Revoke
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <ConfirmDialog
        opened={toRevoke !== null}
        title="Revoke API token"
        message={`Revoke “${toRevoke?.name ?? ''}”? Anything using it stops working at once.`}
        confirmLabel="Revoke token"
        loading={revoke.isPending}
        onClose={() => setToRevoke(null)}
        onConfirm={() => {
          if (toRevoke) revoke.mutate(toRevoke.id, { onSuccess: () => setToRevoke(null) });
        }}
      />
    </>
  );
}
