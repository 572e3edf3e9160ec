import { Button, Group, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { createApiTokenRequestSchema, type CreatedApiToken } from '@outcome-atlas/contracts';
import { Controller, useForm } from 'react-hook-form';
import { applyServerErrors } from '../../../lib/form-errors';
import { contractResolver } from '../../../lib/zod-form';
import { useCreateApiToken } from '../api/create-api-token';

export function CreateApiTokenForm({ workspaceId, onCreated }: { workspaceId: string; onCreated: (token: CreatedApiToken) => void }) {
  const createToken = useCreateApiToken(workspaceId);
  const form = useForm({ resolver: contractResolver(createApiTokenRequestSchema), defaultValues: { name: '', scope: 'read' as const } });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    try {
      onCreated(await createToken.mutateAsync(values));
      form.reset();
    } catch (error) {
      applyServerErrors(error, form.setError, ['name', 'scope']);
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Create API token">
      <Group align="flex-start" gap="sm">
        <TextInput label="Token name" placeholder="e.g. BI export" {...form.register('name')} error={errors.name?.message ?? errors.root?.server?.message} style={{ flex: 1, minWidth: 220 }} />
        <Controller
          control={form.control}
          name="scope"
          render={({ field }) => (
            <Stack gap={4}>
              <Text size="sm" fw={500} id="token-scope-label">
                Scope
              </Text>
              <SegmentedControl
                aria-labelledby="token-scope-label"
                value={field.value}
                onChange={(value) => field.onChange(value)}
                data={[
                  { value: 'read', label: 'Read' },
                  { value: 'write', label: 'Read & write' },
                ]}
              />
            </Stack>
          )}
        />
        <Button type="submit" mt={25} loading={isSubmitting}>
          Create token
        </Button>
      </Group>
    </form>
  );
}
