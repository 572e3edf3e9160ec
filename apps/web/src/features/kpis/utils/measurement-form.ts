import type { CreateMeasurementRequest } from '@outcome-atlas/contracts';
import { isWithinKpiRange } from '@outcome-atlas/domain';
import { z } from 'zod';
import type { CodeRule } from '../../../lib/form-errors';
import { describeRange, type RangedKpi, valueRange } from './value-range';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export type MeasurementFormValues = { periodStart: string; periodEnd: string; value: number | null; sampleSize: number | null };
export type MeasurementFormField = keyof MeasurementFormValues;

export const EMPTY_MEASUREMENT_FORM: MeasurementFormValues = { periodStart: '', periodEnd: '', value: null, sampleSize: null };

/** The "Add value" form, checked as the server will (a period that ends before it starts, a value outside the KPI's range). */
export function measurementFormSchema(kpi: RangedKpi) {
  const range = valueRange(kpi);
  const allowed = describeRange(range, kpi);
  return z
    .object({
      periodStart: z.string().regex(ISO_DAY, 'Enter the first day of the period'),
      periodEnd: z.string().regex(ISO_DAY, 'Enter the last day of the period'),
      value: z.number().nullable(),
      sampleSize: z.number().int('A whole number').min(0, 'A sample cannot be negative').nullable(),
    })
    .superRefine((values, context) => {
      if (ISO_DAY.test(values.periodStart) && ISO_DAY.test(values.periodEnd) && values.periodEnd < values.periodStart)
        context.addIssue({ code: 'custom', path: ['periodEnd'], message: 'The period ends before it starts' });
      if (values.value === null) context.addIssue({ code: 'custom', path: ['value'], message: 'Enter the value' });
      else if (!isWithinKpiRange(values.value, range)) context.addIssue({ code: 'custom', path: ['value'], message: `A value of this KPI must be ${allowed ?? 'in its range'}` });
    });
}

export const toCreateMeasurementRequest = (values: MeasurementFormValues): CreateMeasurementRequest => ({
  periodStart: values.periodStart,
  periodEnd: values.periodEnd,
  value: values.value ?? 0,
  sampleSize: values.sampleSize,
});

/** The measurement 422s and the field each is about. */
export const MEASUREMENT_ERROR_RULES: readonly CodeRule<MeasurementFormField>[] = [
  [/EMPTY_PERIOD|PERIOD/, 'periodEnd'],
  [/OUT_OF_RANGE|VALUE/, 'value'],
  [/NEGATIVE_COUNT|SAMPLE/, 'sampleSize'],
];
