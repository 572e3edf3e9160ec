import { Alert, Button, Group, NumberInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { createSegmentationRequestSchema, type Segmentation } from '@outcome-atlas/contracts';
import { Controller, useForm } from 'react-hook-form';
import { applyServerErrors } from '../../../lib/form-errors';
import { notifySuccess } from '../../../lib/notify';
import { contractResolver } from '../../../lib/zod-form';
import { useCreateSegmentation } from '../api/create-segmentation';

const AUTO = 'auto';
const K_OPTIONS = [{ value: AUTO, label: 'Automatic (best silhouette, 2–6)' }, ...[2, 3, 4, 5, 6].map((k) => ({ value: String(k), label: `${k} segments` }))];

type SegmentationFormProps = { projectId: string; onCreated: (segmentation: Segmentation) => void };

/** Runs an outcome-based segmentation (synchronous on the server) and saves its segments. */
export function SegmentationForm({ projectId, onCreated }: SegmentationFormProps) {
  const create = useCreateSegmentation(projectId);
  const form = useForm({
    resolver: contractResolver(createSegmentationRequestSchema),
    defaultValues: { name: '', k: undefined, seed: 1 },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    try {
      const segmentation = await create.mutateAsync(values);
      notifySuccess(`Saved “${segmentation.name}” with ${segmentation.k} segments`);
      form.reset();
      onCreated(segmentation);
    } catch (error) {
      applyServerErrors(error, form.setError, ['name', 'k', 'seed']);
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="New segmentation">
      <Stack gap="sm">
        <TextInput label="Name" placeholder="Unmet needs, November" required {...form.register('name')} error={errors.name?.message} />
        <Group gap="sm" align="flex-start" grow>
          <Controller
            control={form.control}
            name="k"
            render={({ field }) => (
              <Select
                label="Number of segments"
                data={K_OPTIONS}
                value={field.value === undefined ? AUTO : String(field.value)}
                onChange={(value) => field.onChange(value === null || value === AUTO ? undefined : Number(value))}
                onBlur={field.onBlur}
                allowDeselect={false}
                error={errors.k?.message}
              />
            )}
          />
          <Controller
            control={form.control}
            name="seed"
            render={({ field }) => (
              <NumberInput
                label="Seed"
                description="The same seed gives the same segments."
                allowDecimal={false}
                value={field.value ?? ''}
                onChange={(value) => field.onChange(typeof value === 'number' ? value : undefined)}
                onBlur={field.onBlur}
                error={errors.seed?.message}
              />
            )}
          />
        </Group>
        {errors.root?.server ? (
          <Alert color="red" variant="light" role="alert">
            {errors.root.server.message}
          </Alert>
        ) : null}
        <Group justify="space-between" gap="sm">
          <Text size="xs" c="dimmed" role="status" aria-live="polite">
            {isSubmitting ? 'Clustering the respondents by their unmet needs…' : ''}
          </Text>
          <Button type="submit" loading={isSubmitting}>
            Run segmentation
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
