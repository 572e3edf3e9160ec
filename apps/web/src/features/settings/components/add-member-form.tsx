import { Button, Group, Select, TextInput } from '@mantine/core';
import { addMemberRequestSchema } from '@outcome-atlas/contracts';
import { Controller, useForm } from 'react-hook-form';
import { applyServerErrors } from '../../../lib/form-errors';
import { notifySuccess } from '../../../lib/notify';
import { contractResolver } from '../../../lib/zod-form';
import { useAddMember } from '../api/add-member';
import { ROLE_OPTIONS } from './role-options';

export function AddMemberForm({ workspaceId }: { workspaceId: string }) {
  const addMember = useAddMember(workspaceId);
  const form = useForm({ resolver: contractResolver(addMemberRequestSchema), defaultValues: { email: '', role: 'researcher' as const } });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    try {
      const member = await addMember.mutateAsync(values);
      notifySuccess(`${member.name} was added`);
      form.reset();
    } catch (error) {
      applyServerErrors(error, form.setError, ['email', 'role']);
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Add member">
      <Group align="flex-start" gap="sm">
        <TextInput label="Email" type="email" placeholder="colleague@example.com" {...form.register('email')} error={errors.email?.message ?? errors.root?.server?.message} style={{ flex: 1, minWidth: 220 }} />
        <Controller
          control={form.control}
          name="role"
          render={({ field }) => (
            <Select label="Role" data={ROLE_OPTIONS} value={field.value} onChange={(value) => field.onChange(value ?? 'researcher')} allowDeselect={false} w={160} />
          )}
        />
        <Button type="submit" mt={25} loading={isSubmitting}>
          Add member
        </Button>
      </Group>
    </form>
  );
}
