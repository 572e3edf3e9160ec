import { Alert, Button, CopyButton, Group, Stack, Text, TextInput } from '@mantine/core';
import type { CreatedApiToken } from '@outcome-atlas/contracts';
import { IconAlertTriangle, IconCheck, IconCopy } from '@tabler/icons-react';

/** The secret is shown exactly once, right after creation. */
export function CreatedTokenNotice({ token, onDismiss }: { token: CreatedApiToken; onDismiss: () => void }) {
  return (
    <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={18} aria-hidden />} title={`Token “${token.name}” created`} role="status">
      <Stack gap="xs">
        <Text size="sm">Copy this token now. It will not be shown again; only a hash is stored.</Text>
        <Group align="flex-end" gap="xs" wrap="nowrap">
          <TextInput label="New API token" value={token.token} readOnly style={{ flex: 1 }} onFocus={(event) => event.currentTarget.select()} styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }} />
          <CopyButton value={token.token}>
            {({ copied, copy }) => (
              <Button onClick={copy} color={copied ? 'teal' : undefined} leftSection={copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}>
                {copied ? 'Copied' : 'Copy token'}
              </Button>
            )}
          </CopyButton>
        </Group>
        <Group>
          <Button size="xs" variant="subtle" onClick={onDismiss}>
            I have stored it
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
