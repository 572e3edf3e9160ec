import { Button, ColorInput, Group, TextInput } from '@mantine/core';
import { createTagRequestSchema } from '@outcome-atlas/contracts';
import { Controller, useForm } from 'react-hook-form';
import { applyServerErrors } from '../../../lib/form-errors';
import { contractResolver } from '../../../lib/zod-form';
import { useCreateTag } from '../api/create-tag';
import { TAG_SWATCHES } from './tag-colors';

export function CreateTagForm({ projectId }: { projectId: string }) {
  const createTag = useCreateTag(projectId);
  const form = useForm({
    resolver: contractResolver(createTagRequestSchema),
    defaultValues: { name: '', color: TAG_SWATCHES[0] ?? '#1c7ed6', group: '' },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    try {
      await createTag.mutateAsync({ ...values, group: values.group?.trim() ? values.group.trim() : null });
      form.reset({ name: '', color: TAG_SWATCHES[Math.floor(Math.random() * TAG_SWATCHES.length)] ?? '#1c7ed6', group: values.group });
    } catch (error) {
      applyServerErrors(error, form.setError, ['name', 'color', 'group']);
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Create tag">
      <Group align="flex-start" gap="sm">
        <TextInput label="Tag name" {...form.register('name')} error={errors.name?.message ?? errors.root?.server?.message} style={{ flex: 1, minWidth: 180 }} />
        <Controller
          control={form.control}
          name="color"
          render={({ field }) => (
            <ColorInput label="Colour" format="hex" swatches={TAG_SWATCHES} value={field.value ?? ''} onChange={field.onChange} onBlur={field.onBlur} error={errors.color?.message} w={150} />
          )}
        />
        <TextInput label="Group" placeholder="Optional, e.g. Struggles" {...form.register('group')} error={errors.group?.message} w={200} />
        <Button type="submit" mt={25} loading={isSubmitting}>
          Create tag
        </Button>
      </Group>
    </form>
  );
}
