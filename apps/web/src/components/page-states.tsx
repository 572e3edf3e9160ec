import { Alert, Button, EmptyState as MantineEmptyState, Group, Skeleton, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconInbox, IconRefresh } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { errorMessage } from '../lib/api-error';

export function LoadingState({ label = 'Loading', rows = 4 }: { label?: string; rows?: number }) {
  return (
    <Stack gap="sm" role="status" aria-live="polite" aria-busy="true" aria-label={label}>
      <Skeleton height={28} width="40%" radius="sm" />
      {Array.from({ length: rows }, (_, index) => (
        <Skeleton key={index} height={16} width={`${90 - index * 10}%`} radius="sm" />
      ))}
    </Stack>
  );
}

type EmptyStateProps = {
  title: string;
  description?: ReactNode;
  action?: ReactNode;
  icon?: ReactNode;
  /** Render the title as a heading; 1 when the empty state is the whole page (e.g. "Page not found"). */
  headingOrder?: 1 | 2 | 3;
};

export function EmptyState({ title, description, action, icon, headingOrder }: EmptyStateProps) {
  return (
    <MantineEmptyState py="xl" icon={icon ?? <IconInbox size={28} stroke={1.5} aria-hidden />} withIndicatorBackground>
      <MantineEmptyState.Title order={headingOrder} tabIndex={headingOrder === 1 ? -1 : undefined}>{title}</MantineEmptyState.Title>
      {description ? <MantineEmptyState.Description>{description}</MantineEmptyState.Description> : null}
      {action ? <MantineEmptyState.Actions>{action}</MantineEmptyState.Actions> : null}
    </MantineEmptyState>
  );
}

export function ErrorState({ error, onRetry, title = 'Could not load this' }: { error: unknown; onRetry?: () => void; title?: string }) {
  return (
    <Alert color="red" variant="light" title={title} icon={<IconAlertTriangle size={18} aria-hidden />} role="alert">
      <Stack gap="sm">
        <Text size="sm">{errorMessage(error)}</Text>
        {onRetry ? (
          <Group>
            <Button size="xs" variant="white" color="red" leftSection={<IconRefresh size={14} aria-hidden />} onClick={onRetry}>
              Try again
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Alert>
  );
}
