import { Group, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { type AtlasStage, type AtlasTouchpoint, createTouchpointRequestSchema, type TouchpointChannel } from '@outcome-atlas/contracts';
import { Controller, useForm } from 'react-hook-form';
import { AppModal } from '../../../components/app-modal';
import { FormActions } from '../../../components/form-actions';
import { applyServerErrors } from '../../../lib/form-errors';
import { notifySuccess } from '../../../lib/notify';
import { contractResolver } from '../../../lib/zod-form';
import { useCreateTouchpoint, useUpdateTouchpoint } from '../api/touchpoint-mutations';
import { CHANNEL_OPTIONS, CX_LEVEL_OPTIONS, NO_CX_LEVEL } from '../utils/channels';

/** Add a touchpoint to `stage`, or edit `touchpoint`. */
export type TouchpointFormTarget = { stage: AtlasStage; touchpoint?: undefined } | { touchpoint: AtlasTouchpoint; stage?: undefined };

type TouchpointFormModalProps = { projectId: string; target: TouchpointFormTarget | null; onClose: () => void };

export function TouchpointFormModal({ projectId, target, onClose }: TouchpointFormModalProps) {
  const title = target?.touchpoint ? `Edit ${target.touchpoint.name}` : target?.stage ? `Add a touchpoint to ${target.stage.name}` : 'Touchpoint';
  return (
    <AppModal opened={target !== null} onClose={onClose} title={title} size="lg">
      {target ? <TouchpointForm key={target.touchpoint?.id ?? target.stage?.id} projectId={projectId} target={target} onClose={onClose} /> : null}
    </AppModal>
  );
}

const FIELDS = ['name', 'channel', 'ownerTeam', 'description', 'cxLevel', 'expectation'] as const;

function TouchpointForm({ projectId, target, onClose }: { projectId: string; target: TouchpointFormTarget; onClose: () => void }) {
  const createTouchpoint = useCreateTouchpoint(projectId);
  const updateTouchpoint = useUpdateTouchpoint(projectId);
  const existing = target.touchpoint;
  // The create schema holds the same field rules as the update schema; an edit sends every field.
  const form = useForm({
    resolver: contractResolver(createTouchpointRequestSchema),
    defaultValues: {
      name: existing?.name ?? '',
      channel: existing?.channel ?? ('web' as TouchpointChannel),
      ownerTeam: existing?.ownerTeam ?? '',
      description: existing?.description ?? '',
      cxLevel: existing?.cxLevel ?? null,
      expectation: existing?.expectation ?? '',
    },
  });
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async ({ name, channel, ownerTeam, description, cxLevel, expectation }) => {
    const fields = { name, channel, ownerTeam, description, cxLevel, expectation };
    try {
      if (existing) await updateTouchpoint.mutateAsync({ touchpointId: existing.id, ...fields });
      else if (target.stage) await createTouchpoint.mutateAsync({ stageId: target.stage.id, ...fields });
      notifySuccess(existing ? 'Touchpoint saved' : `Touchpoint ${name} added`);
      onClose();
    } catch (error) {
      applyServerErrors(error, form.setError, FIELDS);
    }
  });

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label={existing ? 'Edit touchpoint' : 'Add a touchpoint'}>
      <Stack>
        <TextInput label="Touchpoint name" required data-autofocus {...form.register('name')} error={errors.name?.message} />
        <Group grow align="flex-start">
          <Controller
            control={form.control}
            name="channel"
            render={({ field }) => (
              <Select
                label="Channel"
                required
                data={CHANNEL_OPTIONS}
                value={field.value}
                onChange={(value) => field.onChange((value ?? 'web') as TouchpointChannel)}
                allowDeselect={false}
                error={errors.channel?.message}
                comboboxProps={{ withinPortal: true }}
              />
            )}
          />
          <TextInput label="Owner team" {...form.register('ownerTeam')} error={errors.ownerTeam?.message} />
        </Group>
        <Controller
          control={form.control}
          name="cxLevel"
          render={({ field }) => (
            <Select
              label="CX pyramid level"
              description="Gartner's customer experience pyramid: what the customer expects at this touchpoint."
              data={CX_LEVEL_OPTIONS}
              value={field.value === null || field.value === undefined ? NO_CX_LEVEL : String(field.value)}
              onChange={(value) => field.onChange(value === null || value === NO_CX_LEVEL ? null : Number(value))}
              allowDeselect={false}
              error={errors.cxLevel?.message}
              comboboxProps={{ withinPortal: true }}
            />
          )}
        />
        <Textarea
          label="Expectation"
          description="What the customer expects here, in their own words."
          autosize
          minRows={2}
          maxRows={6}
          {...form.register('expectation')}
          error={errors.expectation?.message}
        />
        <Textarea label="Description" autosize minRows={2} maxRows={6} {...form.register('description')} error={errors.description?.message} />
        <FormActions error={errors.root?.server?.message} submitLabel={existing ? 'Save touchpoint' : 'Add touchpoint'} submitting={isSubmitting} onCancel={onClose} />
      </Stack>
    </form>
  );
}
