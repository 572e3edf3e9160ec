import { Group, NumberInput, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import type { KpiDetail } from '@outcome-atlas/contracts';
import { CES_SCALES, CSAT_SCALES, defaultKpiUnit, KPI_DEFINITIONS, type KpiLevel, type KpiType } from '@outcome-atlas/domain';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { AcceptedOutcomesSelect } from '../../../components/accepted-outcomes-select';
import { FormActions } from '../../../components/form-actions';
import { describeUnit, directionLabel } from '../../../components/kpi-value';
import { showServerError } from '../../../lib/form-errors';
import { notifySuccess } from '../../../lib/notify';
import { contractResolver } from '../../../lib/zod-form';
import { useCreateKpi } from '../api/create-kpi';
import { useUpdateKpi } from '../api/update-kpi';
import {
  defaultScale,
  definitionHelp,
  emptyKpiForm,
  hasOwnUnit,
  hasScale,
  isCustom,
  type KpiFormField,
  kpiErrorRules,
  kpiFormSchema,
  kpiFormValues,
  toCreateKpiRequest,
  toUpdateKpiRequest,
} from '../utils/kpi-form';
import { LEVEL_HINTS, LEVEL_LABELS, LEVEL_OPTIONS, TYPE_OPTIONS } from '../utils/kpi-labels';
import { AttachmentFields } from './attachment-fields';

const FIELDS: readonly KpiFormField[] = ['name', 'type', 'scale', 'level', 'unit', 'higherIsBetter', 'target', 'description', 'attachKind', 'journeyId', 'stageId', 'touchpointId', 'outcomeIds'];

const scaleOptions = (type: KpiType) =>
  (type === 'ces' ? CES_SCALES : CSAT_SCALES).map((scale) => ({ value: String(scale), label: `1–${scale}${type === 'csat' && scale === 5 ? ' (usual)' : ''}` }));

const DIRECTION_OPTIONS = [
  { value: 'true', label: 'Higher is better' },
  { value: 'false', label: 'Lower is better' },
];

type KpiFormProps = { projectId: string; kpi?: KpiDetail | undefined; onCancel: () => void; onSaved: (kpi: KpiDetail) => void };

/** Define a KPI (or edit one): what it is, where it is measured and which outcomes it tells about. */
export function KpiForm({ projectId, kpi, onCancel, onSaved }: KpiFormProps) {
  const create = useCreateKpi(projectId);
  const update = useUpdateKpi(projectId, kpi?.id ?? '');
  const form = useForm({ resolver: contractResolver(kpiFormSchema), defaultValues: kpi ? kpiFormValues(kpi) : emptyKpiForm() });
  const { errors, isSubmitting } = form.formState;
  const [type, scale, chosenDirection] = useWatch({ control: form.control, name: ['type', 'scale', 'higherIsBetter'] });
  const definition = KPI_DEFINITIONS[type];
  const higherIsBetter = definition.higherIsBetter ?? chosenDirection ?? true;

  const changeType = (next: KpiType) => {
    form.setValue('type', next, { shouldDirty: true });
    form.setValue('scale', defaultScale(next));
    form.setValue('unit', '');
    form.clearErrors(['scale', 'unit', 'level', 'higherIsBetter']);
  };

  const submit = form.handleSubmit(async (values) => {
    try {
      const saved = kpi ? await update.mutateAsync(toUpdateKpiRequest(values)) : await create.mutateAsync(toCreateKpiRequest(values));
      notifySuccess(kpi ? `Saved ${saved.name}` : `Created ${saved.name}`);
      onSaved(saved);
    } catch (error) {
      showServerError(error, form.setError, FIELDS, kpiErrorRules(values));
    }
  });

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label={kpi ? 'Edit KPI' : 'New KPI'}>
      <Stack gap="md">
        <TextInput label="Name" placeholder="e.g. CSAT after bank connection" required data-autofocus {...form.register('name')} error={errors.name?.message} />
        <Controller
          control={form.control}
          name="type"
          render={({ field }) => (
            <Select
              label="Type"
              data={TYPE_OPTIONS}
              value={field.value}
              onChange={(value) => value && changeType(value as KpiType)}
              onBlur={field.onBlur}
              allowDeselect={false}
              disabled={kpi !== undefined}
              description={kpi ? `${definitionHelp(type)} The type cannot change once values are recorded.` : definitionHelp(type)}
              error={errors.type?.message}
            />
          )}
        />
        {hasScale(type) ? (
          <Controller
            control={form.control}
            name="scale"
            render={({ field }) => (
              <Select
                label="Answer scale"
                required
                placeholder={type === 'ces' ? 'Choose 1–5 or 1–7' : undefined}
                description={type === 'ces' ? 'CES means are only comparable on the same scale, so it is recorded.' : 'CSAT counts the top two answers of the scale.'}
                data={scaleOptions(type)}
                allowDeselect={false}
                value={field.value === null ? null : String(field.value)}
                onChange={(value) => field.onChange(value === null ? null : Number(value))}
                onBlur={field.onBlur}
                error={errors.scale?.message}
              />
            )}
          />
        ) : null}
        {isCustom(type) ? (
          <Group grow align="flex-start">
            <Controller
              control={form.control}
              name="level"
              render={({ field }) => (
                <Select
                  label="Level"
                  required
                  data={LEVEL_OPTIONS}
                  value={field.value}
                  onChange={(value) => field.onChange(value as KpiLevel | null)}
                  onBlur={field.onBlur}
                  description={field.value ? `Measures ${LEVEL_HINTS[field.value]}.` : undefined}
                  error={errors.level?.message}
                />
              )}
            />
            <Controller
              control={form.control}
              name="higherIsBetter"
              render={({ field }) => (
                <Select
                  label="Better when"
                  required
                  data={DIRECTION_OPTIONS}
                  value={field.value === null ? null : String(field.value)}
                  onChange={(value) => field.onChange(value === null ? null : value === 'true')}
                  onBlur={field.onBlur}
                  error={errors.higherIsBetter?.message}
                />
              )}
            />
          </Group>
        ) : (
          <Text size="sm" c="dimmed" data-testid="kpi-fixed-definition">
            {`${LEVEL_LABELS[definition.level ?? 'relationship']} level · ${directionLabel(definition.higherIsBetter ?? true)}`}
            {hasOwnUnit(type) ? '' : ` · ${describeUnit({ type, unit: '', scale })}`}
            {' (fixed by the method)'}
          </Text>
        )}
        {hasOwnUnit(type) ? (
          <TextInput
            label={type === 'ttv' ? 'Time unit' : type === 'clv' ? 'Currency' : 'Unit'}
            required={isCustom(type)}
            placeholder={defaultKpiUnit(type) ?? 'invoices'}
            description={
              type === 'ttv'
                ? `The unit of the durations, e.g. days or hours; ${defaultKpiUnit(type)} when left empty.`
                : type === 'clv'
                  ? `A currency code such as EUR or USD; ${defaultKpiUnit(type)} when left empty.`
                  : undefined
            }
            {...form.register('unit')}
            error={errors.unit?.message}
          />
        ) : null}
        <Controller
          control={form.control}
          name="target"
          render={({ field }) => (
            <NumberInput
              label="Target"
              description={`Optional. ${directionLabel(higherIsBetter)}: the KPI meets its target at or ${higherIsBetter ? 'above' : 'below'} it.`}
              value={field.value ?? ''}
              onChange={(value) => field.onChange(typeof value === 'number' ? value : null)}
              onBlur={field.onBlur}
              error={errors.target?.message}
            />
          )}
        />
        <Textarea label="Description" autosize minRows={2} maxRows={6} {...form.register('description')} error={errors.description?.message} />
        <AttachmentFields projectId={projectId} control={form.control} setValue={form.setValue} errors={errors} />
        <Controller
          control={form.control}
          name="outcomeIds"
          render={({ field }) => (
            <AcceptedOutcomesSelect
              projectId={projectId}
              label="Measured outcomes"
              description="The accepted outcomes (opportunities) whose progress this KPI shows."
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              error={errors.outcomeIds?.message}
            />
          )}
        />
        <FormActions error={errors.root?.server?.message} errorTitle={kpi ? 'Could not save the KPI' : 'Could not create the KPI'} submitLabel={kpi ? 'Save KPI' : 'Create KPI'} submitting={isSubmitting} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
