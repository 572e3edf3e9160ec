import { Stack } from '@mantine/core';
import type { CreatedApiToken } from '@outcome-atlas/contracts';
import { useState } from 'react';
import { PageHeader } from '../../components/page-header';
import { EmptyState } from '../../components/page-states';
import { ApiTokensTable } from '../../features/settings/components/api-tokens-table';
import { CreateApiTokenForm } from '../../features/settings/components/create-api-token-form';
import { CreatedTokenNotice } from '../../features/settings/components/created-token-notice';
import { usePageTitle } from '../layout/page-title';
import { useShell } from '../layout/shell-context';

export function ApiTokensRoute() {
  const { workspace } = useShell();
  const [created, setCreated] = useState<CreatedApiToken | null>(null);
  usePageTitle(workspace ? 'API tokens' : 'Workspace not found', workspace?.name);
  if (!workspace) return <EmptyState headingOrder={1} title="Workspace not found" />;
  return (
    <Stack gap="lg">
      <PageHeader title="API tokens" description="Personal tokens for scripts, BI and roadmap tools. Send one as `Authorization: Bearer <token>`." />
      <CreateApiTokenForm workspaceId={workspace.id} onCreated={setCreated} />
      {created ? <CreatedTokenNotice token={created} onDismiss={() => setCreated(null)} /> : null}
      <ApiTokensTable workspaceId={workspace.id} />
    </Stack>
  );
}
