import { describe, expect, it } from 'vitest';
import { type MeasurementFormValues, measurementFormSchema, toCreateMeasurementRequest } from './measurement-form';
import { valueRange } from './value-range';

const values = (overrides: Partial<MeasurementFormValues>): MeasurementFormValues => ({ periodStart: '2026-10-01', periodEnd: '2026-10-31', value: 40, sampleSize: 200, ...overrides });
const issues = (kpi: Parameters<typeof measurementFormSchema>[0], input: MeasurementFormValues) =>
  (measurementFormSchema(kpi).safeParse(input).error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);

describe('the "Add value" form', () => {
  it('accepts a period with a value and sends it as entered', () => {
    expect(issues({ type: 'nps', unit: 'NPS', scale: null }, values({}))).toEqual([]);
    expect(toCreateMeasurementRequest(values({ sampleSize: null }))).toEqual({ periodStart: '2026-10-01', periodEnd: '2026-10-31', value: 40, sampleSize: null });
  });

  it('refuses a period that ends before it starts, a missing value and a negative sample', () => {
    expect(issues({ type: 'nps', unit: 'NPS', scale: null }, values({ periodEnd: '2026-09-30', value: null, sampleSize: -1 }))).toEqual([
      'sampleSize: A sample cannot be negative',
      'periodEnd: The period ends before it starts',
      'value: Enter the value',
    ]);
    expect(issues({ type: 'nps', unit: 'NPS', scale: null }, values({ periodStart: '' }))).toEqual(['periodStart: Enter the first day of the period']);
  });

  it.each([
    { kpi: { type: 'nps', unit: 'NPS', scale: null }, value: 101, message: 'value: A value of this KPI must be between −100 and +100' },
    { kpi: { type: 'csat', unit: '%', scale: 5 }, value: -1, message: 'value: A value of this KPI must be between 0% and 100%' },
    { kpi: { type: 'ces', unit: 'mean', scale: 5 }, value: 6, message: 'value: A value of this KPI must be between 1.0 / 5 and 5.0 / 5' },
    { kpi: { type: 'ttv', unit: 'days', scale: null }, value: -2, message: 'value: A value of this KPI must be at least 0 days' },
    { kpi: { type: 'clv', unit: 'EUR', scale: null }, value: -10, message: 'value: A value of this KPI must be at least €0' },
  ] as const)('refuses $value for $kpi.type', ({ kpi, value, message }) => {
    expect(issues(kpi, values({ value }))).toEqual([message]);
  });

  it('lets a custom value be any number', () => {
    expect(valueRange({ type: 'custom', unit: 'disputes', scale: null })).toEqual({ min: null, max: null });
    expect(issues({ type: 'custom', unit: 'disputes', scale: null }, values({ value: -5 }))).toEqual([]);
  });
});
