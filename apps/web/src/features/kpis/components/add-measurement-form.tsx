import { Group, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import type { KpiDetail } from '@outcome-atlas/contracts';
import { useMemo } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { FormActions } from '../../../components/form-actions';
import { formatKpiValue } from '../../../components/kpi-value';
import { showServerError } from '../../../lib/form-errors';
import { notifySuccess } from '../../../lib/notify';
import { contractResolver } from '../../../lib/zod-form';
import { useCreateMeasurement } from '../api/create-measurement';
import {
  EMPTY_MEASUREMENT_FORM,
  MEASUREMENT_ERROR_RULES,
  type MeasurementFormField,
  measurementFormSchema,
  toCreateMeasurementRequest,
} from '../utils/measurement-form';
import { formatPeriod } from '../utils/period';
import { describeRange, valueRange } from '../utils/value-range';

const FIELDS: readonly MeasurementFormField[] = ['periodStart', 'periodEnd', 'value', 'sampleSize'];

function rangeHint(kpi: KpiDetail): string {
  const allowed = describeRange(valueRange(kpi), kpi);
  return allowed ? `${allowed[0]?.toUpperCase()}${allowed.slice(1)}.` : `In ${kpi.unit.trim() || 'the KPI’s unit'}.`;
}

/** Enter one period's value by hand; recording a period again replaces its value. */
export function AddMeasurementForm({ kpi }: { kpi: KpiDetail }) {
  const create = useCreateMeasurement(kpi.projectId, kpi.id);
  const schema = useMemo(() => measurementFormSchema(kpi), [kpi]);
  const form = useForm({ resolver: contractResolver(schema), defaultValues: EMPTY_MEASUREMENT_FORM });
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    try {
      const saved = await create.mutateAsync(toCreateMeasurementRequest(values));
      notifySuccess(`Recorded ${formatKpiValue(saved.value, kpi)} for ${formatPeriod(saved.periodStart, saved.periodEnd)}`);
      form.reset(EMPTY_MEASUREMENT_FORM);
    } catch (error) {
      showServerError(error, form.setError, FIELDS, MEASUREMENT_ERROR_RULES);
    }
  });

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label="Add value">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          The value of one period, e.g. a month. Recording a period that already has a value replaces it.
        </Text>
        <Group align="flex-start" gap="sm" wrap="wrap">
          <TextInput type="date" label="Period start" required {...form.register('periodStart')} error={errors.periodStart?.message} w={170} />
          <TextInput type="date" label="Period end" required {...form.register('periodEnd')} error={errors.periodEnd?.message} w={170} />
          <Controller
            control={form.control}
            name="value"
            render={({ field }) => (
              <NumberInput
                label="Value"
                required
                description={rangeHint(kpi)}
                inputWrapperOrder={['label', 'input', 'description', 'error']}
                value={field.value ?? ''}
                onChange={(value) => field.onChange(typeof value === 'number' ? value : null)}
                onBlur={field.onBlur}
                error={errors.value?.message}
                w={200}
              />
            )}
          />
          <Controller
            control={form.control}
            name="sampleSize"
            render={({ field }) => (
              <NumberInput
                label="Sample size"
                description="Optional: answers or customers."
                inputWrapperOrder={['label', 'input', 'description', 'error']}
                allowDecimal={false}
                value={field.value ?? ''}
                onChange={(value) => field.onChange(typeof value === 'number' ? value : null)}
                onBlur={field.onBlur}
                error={errors.sampleSize?.message}
                w={170}
              />
            )}
          />
        </Group>
        <FormActions error={errors.root?.server?.message} errorTitle="Could not record the value" submitLabel="Add value" submitting={isSubmitting} />
      </Stack>
    </form>
  );
}
