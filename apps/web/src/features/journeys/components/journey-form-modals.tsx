import { Select, Stack, TagsInput, Textarea, TextInput } from '@mantine/core';
import { createJourneyRequestSchema, type JourneyAtlas, type JourneySummary, updateJourneyRequestSchema } from '@outcome-atlas/contracts';
import { Controller, useForm } from 'react-hook-form';
import { AppModal } from '../../../components/app-modal';
import { FormActions } from '../../../components/form-actions';
import { applyServerErrors } from '../../../lib/form-errors';
import { notifySuccess } from '../../../lib/notify';
import { contractResolver } from '../../../lib/zod-form';
import { useCreateJourney } from '../api/create-journey';
import { useUpdateJourney } from '../api/update-journey';

export type PersonaOption = { value: string; label: string };

export const DEFAULT_STAGES = ['Discover', 'Buy', 'Onboard', 'Use', 'Renew or leave'];

type ItemErrors = { message?: string; root?: { message?: string } } & Record<number, { message?: string } | undefined>;

/** The list's own error, else the first item's as "Stage 3: …" (an array field reports per item). */
function stagesError(error: ItemErrors | undefined): string | undefined {
  if (!error) return undefined;
  if (error.message ?? error.root?.message) return error.message ?? error.root?.message;
  const index = Object.keys(error)
    .map(Number)
    .filter((key) => Number.isInteger(key) && error[key]?.message)
    .sort((a, b) => a - b)[0];
  return index === undefined ? undefined : `Stage ${index + 1}: ${error[index]?.message}`;
}

function PersonaSelect({ value, onChange, options, error }: { value: string | null; onChange: (value: string | null) => void; options: PersonaOption[]; error?: string }) {
  return (
    <Select
      label="Persona"
      description="Whose journey this is."
      placeholder={options.length === 0 ? 'No personas in this project yet' : 'No persona'}
      data={options}
      value={value}
      onChange={onChange}
      clearable
      searchable
      error={error}
      comboboxProps={{ withinPortal: true }}
    />
  );
}

type CreateJourneyModalProps = {
  projectId: string;
  opened: boolean;
  personaOptions: PersonaOption[];
  onClose: () => void;
  onCreated: (journey: JourneyAtlas) => void;
};

export function CreateJourneyModal({ projectId, opened, personaOptions, onClose, onCreated }: CreateJourneyModalProps) {
  return (
    <AppModal opened={opened} onClose={onClose} title="New journey" size="lg">
      {opened ? <CreateJourneyForm projectId={projectId} personaOptions={personaOptions} onClose={onClose} onCreated={onCreated} /> : null}
    </AppModal>
  );
}

function CreateJourneyForm({ projectId, personaOptions, onClose, onCreated }: Omit<CreateJourneyModalProps, 'opened'>) {
  const createJourney = useCreateJourney(projectId);
  const form = useForm({
    resolver: contractResolver(createJourneyRequestSchema),
    defaultValues: { name: '', description: '', personaId: null, stages: DEFAULT_STAGES },
  });
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    try {
      const journey = await createJourney.mutateAsync(values);
      notifySuccess(`Journey ${journey.name} created`);
      onCreated(journey);
    } catch (error) {
      applyServerErrors(error, form.setError, ['name', 'description', 'personaId', 'stages']);
    }
  });

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label="New journey">
      <Stack>
        <TextInput label="Journey name" placeholder="e.g. Finance team onboarding" required data-autofocus {...form.register('name')} error={errors.name?.message} />
        <Controller
          control={form.control}
          name="personaId"
          render={({ field }) => <PersonaSelect value={field.value ?? null} onChange={field.onChange} options={personaOptions} error={errors.personaId?.message} />}
        />
        <Controller
          control={form.control}
          name="stages"
          render={({ field }) => (
            <TagsInput
              label="First stages"
              description="In order; press Enter or type a comma after each. You can add, rename and reorder stages later."
              value={field.value ?? []}
              onChange={field.onChange}
              onBlur={field.onBlur}
              clearable
              error={stagesError(errors.stages)}
            />
          )}
        />
        <Textarea label="Description" autosize minRows={2} maxRows={6} {...form.register('description')} error={errors.description?.message} />
        <FormActions error={errors.root?.server?.message} submitLabel="Create journey" submitting={isSubmitting} onCancel={onClose} />
      </Stack>
    </form>
  );
}

type EditJourneyModalProps = { projectId: string; journey: JourneySummary | null; personaOptions: PersonaOption[]; onClose: () => void };

export function EditJourneyModal({ projectId, journey, personaOptions, onClose }: EditJourneyModalProps) {
  return (
    <AppModal opened={journey !== null} onClose={onClose} title="Edit journey" size="lg">
      {journey ? <EditJourneyForm key={journey.id} projectId={projectId} journey={journey} personaOptions={personaOptions} onClose={onClose} /> : null}
    </AppModal>
  );
}

function EditJourneyForm({ projectId, journey, personaOptions, onClose }: Omit<EditJourneyModalProps, 'journey'> & { journey: JourneySummary }) {
  const updateJourney = useUpdateJourney(projectId, journey.id);
  const form = useForm({
    resolver: contractResolver(updateJourneyRequestSchema),
    defaultValues: { name: journey.name, description: journey.description, personaId: journey.persona?.id ?? null },
  });
  const { errors, isSubmitting } = form.formState;
  // A persona that is not among the options (e.g. still loading) stays selectable under its own name.
  const options = journey.persona && !personaOptions.some((option) => option.value === journey.persona?.id) ? [{ value: journey.persona.id, label: journey.persona.name }, ...personaOptions] : personaOptions;

  const submit = form.handleSubmit(async (values) => {
    try {
      await updateJourney.mutateAsync(values);
      notifySuccess('Journey saved');
      onClose();
    } catch (error) {
      applyServerErrors(error, form.setError, ['name', 'description', 'personaId']);
    }
  });

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label="Edit journey">
      <Stack>
        <TextInput label="Journey name" required data-autofocus {...form.register('name')} error={errors.name?.message} />
        <Controller
          control={form.control}
          name="personaId"
          render={({ field }) => <PersonaSelect value={field.value ?? null} onChange={field.onChange} options={options} error={errors.personaId?.message} />}
        />
        <Textarea label="Description" autosize minRows={2} maxRows={6} {...form.register('description')} error={errors.description?.message} />
        <FormActions error={errors.root?.server?.message ?? errors.root?.message} submitLabel="Save journey" submitting={isSubmitting} onCancel={onClose} />
      </Stack>
    </form>
  );
}
