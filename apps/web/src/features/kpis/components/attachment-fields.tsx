import { Anchor, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { KPI_ATTACHMENT_KINDS, type KpiDetail } from '@outcome-atlas/contracts';
import { useMemo } from 'react';
import { type Control, Controller, type FieldErrors, type UseFormSetValue, useWatch } from 'react-hook-form';
import { Link } from 'react-router';
import { paths } from '../../../config/paths';
import { useJourneyOptions, useJourneyStructure } from '../api/get-journey-options';
import type { KpiFormValues } from '../utils/kpi-form';

const KIND_LABELS: Record<KpiDetail['attachment']['kind'], string> = { project: 'Whole project', journey: 'Journey', stage: 'Stage', touchpoint: 'Touchpoint' };
const KIND_OPTIONS = KPI_ATTACHMENT_KINDS.map((kind) => ({ value: kind, label: KIND_LABELS[kind] }));

type AttachmentFieldsProps = {
  projectId: string;
  control: Control<KpiFormValues>;
  setValue: UseFormSetValue<KpiFormValues>;
  errors: FieldErrors<KpiFormValues>;
};

/** Where the KPI is measured: the project, or a journey, one of its stages or one of its touchpoints. */
export function AttachmentFields({ projectId, control, setValue, errors }: AttachmentFieldsProps) {
  const [kind, journeyId] = useWatch({ control, name: ['attachKind', 'journeyId'] });
  const journeys = useJourneyOptions(projectId, kind !== 'project');
  const structure = useJourneyStructure(projectId, kind === 'stage' || kind === 'touchpoint' ? journeyId : null);

  const journeyOptions = useMemo(() => (journeys.data ?? []).map((journey) => ({ value: journey.id, label: journey.persona ? `${journey.name} (${journey.persona.name})` : journey.name })), [journeys.data]);
  const stageOptions = useMemo(() => (structure.data?.stages ?? []).map((stage) => ({ value: stage.id, label: stage.name })), [structure.data]);
  const touchpointOptions = useMemo(
    () =>
      (structure.data?.stages ?? [])
        .filter((stage) => stage.touchpoints.length > 0)
        .map((stage) => ({ group: stage.name, items: stage.touchpoints.map((touchpoint) => ({ value: touchpoint.id, label: touchpoint.name })) })),
    [structure.data],
  );

  return (
    <Stack gap="xs" role="group" aria-labelledby="kpi-attachment-label">
      <Text size="sm" fw={500} id="kpi-attachment-label">
        Attached to
      </Text>
      <Controller
        control={control}
        name="attachKind"
        render={({ field }) => (
          <SegmentedControl
            aria-labelledby="kpi-attachment-label"
            data={KIND_OPTIONS}
            value={field.value}
            onChange={(value) => {
              field.onChange(value);
              setValue('stageId', null);
              setValue('touchpointId', null);
            }}
            w="fit-content"
          />
        )}
      />
      {errors.attachKind?.message ? (
        <Text size="xs" c="red" role="alert">
          {errors.attachKind.message}
        </Text>
      ) : null}
      {kind !== 'project' ? (
        <Controller
          control={control}
          name="journeyId"
          render={({ field }) => (
            <Select
              label="Journey"
              required
              searchable
              data={journeyOptions}
              value={field.value}
              onChange={(value) => {
                field.onChange(value);
                setValue('stageId', null);
                setValue('touchpointId', null);
              }}
              onBlur={field.onBlur}
              disabled={journeys.isPending}
              placeholder={journeys.isPending ? 'Loading journeys…' : journeyOptions.length === 0 ? 'No journeys yet' : 'Choose a journey'}
              nothingFoundMessage="No journey has that name"
              error={errors.journeyId?.message ?? (journeys.isError ? 'Could not load the journeys' : undefined)}
            />
          )}
        />
      ) : null}
      {kind !== 'project' && journeys.isSuccess && journeyOptions.length === 0 ? (
        <Text size="xs" c="dimmed">
          Map a journey first on the{' '}
          <Anchor component={Link} to={paths.journeys(projectId)} size="xs">
            Journeys page
          </Anchor>
          , or attach the KPI to the whole project.
        </Text>
      ) : null}
      {kind === 'stage' && journeyId !== null ? (
        <Controller
          control={control}
          name="stageId"
          render={({ field }) => (
            <Select
              label="Stage"
              required
              data={stageOptions}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              disabled={structure.isPending}
              placeholder={structure.isPending ? 'Loading stages…' : stageOptions.length === 0 ? 'This journey has no stages yet' : 'Choose a stage'}
              error={errors.stageId?.message ?? (structure.isError ? 'Could not load the stages of this journey' : undefined)}
            />
          )}
        />
      ) : null}
      {kind === 'touchpoint' && journeyId !== null ? (
        <Controller
          control={control}
          name="touchpointId"
          render={({ field }) => (
            <Select
              label="Touchpoint"
              required
              searchable
              data={touchpointOptions}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              disabled={structure.isPending}
              placeholder={structure.isPending ? 'Loading touchpoints…' : touchpointOptions.length === 0 ? 'This journey has no touchpoints yet' : 'Choose a touchpoint'}
              nothingFoundMessage="No touchpoint has that name"
              error={errors.touchpointId?.message ?? (structure.isError ? 'Could not load the touchpoints of this journey' : undefined)}
            />
          )}
        />
      ) : null}
    </Stack>
  );
}
