import { Stack, Textarea, TextInput } from '@mantine/core';
import { type AtlasStage, createStageRequestSchema } from '@outcome-atlas/contracts';
import { useForm } from 'react-hook-form';
import { AppModal } from '../../../components/app-modal';
import { FormActions } from '../../../components/form-actions';
import { applyServerErrors } from '../../../lib/form-errors';
import { notifySuccess } from '../../../lib/notify';
import { contractResolver } from '../../../lib/zod-form';
import { useCreateStage, useUpdateStage } from '../api/stage-mutations';

type StageFormModalProps = {
  projectId: string;
  journeyId: string;
  opened: boolean;
  /** The stage to edit; null adds a stage at the end. */
  stage: AtlasStage | null;
  onClose: () => void;
};

export function StageFormModal({ projectId, journeyId, opened, stage, onClose }: StageFormModalProps) {
  return (
    <AppModal opened={opened} onClose={onClose} title={stage ? `Edit stage ${stage.name}` : 'Add a stage'}>
      {opened ? <StageForm key={stage?.id ?? 'new'} projectId={projectId} journeyId={journeyId} stage={stage} onClose={onClose} /> : null}
    </AppModal>
  );
}

function StageForm({ projectId, journeyId, stage, onClose }: Omit<StageFormModalProps, 'opened'>) {
  const createStage = useCreateStage(projectId, journeyId);
  const updateStage = useUpdateStage(projectId);
  // The create schema holds the same rules for name and description as the update schema.
  const form = useForm({
    resolver: contractResolver(createStageRequestSchema),
    defaultValues: { name: stage?.name ?? '', description: stage?.description ?? '' },
  });
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    try {
      if (stage) await updateStage.mutateAsync({ stageId: stage.id, name: values.name, description: values.description });
      else await createStage.mutateAsync({ name: values.name, description: values.description });
      notifySuccess(stage ? 'Stage saved' : `Stage ${values.name} added`);
      onClose();
    } catch (error) {
      applyServerErrors(error, form.setError, ['name', 'description']);
    }
  });

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label={stage ? 'Edit stage' : 'Add a stage'}>
      <Stack>
        <TextInput label="Stage name" required data-autofocus {...form.register('name')} error={errors.name?.message} />
        <Textarea label="Description" autosize minRows={2} maxRows={6} {...form.register('description')} error={errors.description?.message} />
        <FormActions error={errors.root?.server?.message} submitLabel={stage ? 'Save stage' : 'Add stage'} submitting={isSubmitting} onCancel={onClose} />
      </Stack>
    </form>
  );
}
