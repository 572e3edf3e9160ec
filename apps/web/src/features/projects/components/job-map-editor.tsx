import { Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { createJobStepRequestSchema, type JobStep } from '@outcome-atlas/contracts';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { EmptyState, ErrorState, LoadingState } from '../../../components/page-states';
import { applyServerErrors } from '../../../lib/form-errors';
import { contractResolver } from '../../../lib/zod-form';
import { useCreateJobStep } from '../api/create-job-step';
import { useDeleteJobStep } from '../api/delete-job-step';
import { useJobSteps } from '../api/get-job-steps';
import { useUpdateJobStep } from '../api/update-job-step';
import { JobStepRow } from './job-step-row';

type JobMapEditorProps = { projectId: string; canWrite: boolean };

export function JobMapEditor({ projectId, canWrite }: JobMapEditorProps) {
  const steps = useJobSteps(projectId);
  const updateStep = useUpdateJobStep(projectId);
  const deleteStep = useDeleteJobStep(projectId);
  const [stepToDelete, setStepToDelete] = useState<JobStep | null>(null);

  const move = (ordered: JobStep[], index: number, direction: -1 | 1) => {
    const step = ordered[index];
    const neighbour = ordered[index + direction];
    if (!step || !neighbour) return;
    updateStep.mutate({ jobStepId: step.id, body: { position: neighbour.position } });
  };

  return (
    <Stack gap="sm">
      <div>
        <Title order={2} size="h3">
          Job map
        </Title>
        <Text size="sm" c="dimmed">
          The steps customers go through to get the job done, in order. Outcomes hang off these steps.
        </Text>
      </div>
      {steps.isPending ? <LoadingState label="Loading job map" rows={3} /> : null}
      {steps.isError ? <ErrorState error={steps.error} onRetry={() => void steps.refetch()} title="Could not load the job map" /> : null}
      {steps.isSuccess && steps.data.length === 0 ? <EmptyState title="No job steps" description="Add the first step of the job map." /> : null}
      {steps.isSuccess && steps.data.length > 0 ? (
        <Stack component="ol" gap="xs" aria-label="Job steps" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {steps.data.map((step, index, ordered) => (
            <JobStepRow
              key={step.id}
              step={step}
              index={index}
              isFirst={index === 0}
              isLast={index === ordered.length - 1}
              canWrite={canWrite}
              onRename={(name) => updateStep.mutateAsync({ jobStepId: step.id, body: { name } })}
              onMove={(direction) => move(ordered, index, direction)}
              onDelete={() => setStepToDelete(step)}
            />
          ))}
        </Stack>
      ) : null}
      {canWrite ? <AddJobStepForm projectId={projectId} /> : null}
      <ConfirmDialog
        opened={stepToDelete !== null}
        title="Delete job step"
        message={`Delete the step “${stepToDelete?.name ?? ''}”? The steps after it move up.`}
        confirmLabel="Delete step"
        loading={deleteStep.isPending}
        onClose={() => setStepToDelete(null)}
        onConfirm={() => {
          if (stepToDelete) deleteStep.mutate(stepToDelete.id, { onSuccess: () => setStepToDelete(null) });
        }}
      />
    </Stack>
  );
}

function AddJobStepForm({ projectId }: { projectId: string }) {
  const createStep = useCreateJobStep(projectId);
  const form = useForm({ resolver: contractResolver(createJobStepRequestSchema), defaultValues: { name: '' } });
  const onSubmit = form.handleSubmit(async (values) => {
    try {
      await createStep.mutateAsync(values);
      form.reset();
    } catch (error) {
      applyServerErrors(error, form.setError, ['name']);
    }
  });
  const error = form.formState.errors.name?.message ?? form.formState.errors.root?.server?.message;
  return (
    <form onSubmit={onSubmit} noValidate>
      <Group align="flex-start" gap="xs">
        <TextInput label="New job step" placeholder="e.g. Verify totals" style={{ flex: 1 }} {...form.register('name')} error={error} />
        <Button type="submit" mt={25} loading={form.formState.isSubmitting}>
          Add step
        </Button>
      </Group>
    </form>
  );
}
