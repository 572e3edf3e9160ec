import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/api-error';
import { serverErrorField } from '../../../lib/form-errors';
import { emptyKpiForm, type KpiFormValues, kpiErrorRules, kpiFormSchema, toCreateKpiRequest, toUpdateKpiRequest } from './kpi-form';

const form = (overrides: Partial<KpiFormValues>): KpiFormValues => ({ ...emptyKpiForm(), name: 'Relationship NPS', ...overrides });
const issues = (values: KpiFormValues) => (kpiFormSchema.safeParse(values).error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);
const journeyId = '3f1c2a9e-8b7d-4c6e-9a1b-2d3e4f5a6b7c';
const touchpointId = '0b7e6a4e-3f4c-4f8e-9a57-2f1d1c9b8a10';

describe('the KPI form', () => {
  it('accepts a standard KPI and sends only what the method leaves open', () => {
    const values = form({ type: 'nps', target: 30, level: 'journey', higherIsBetter: false, unit: 'ignored' });
    expect(issues(values)).toEqual([]);
    expect(toCreateKpiRequest(values)).toEqual({ name: 'Relationship NPS', type: 'nps', target: 30, description: '', attachTo: { kind: 'project', id: null }, outcomeIds: [] });
  });

  it.each([
    { type: 'csat', scale: 3, message: 'scale: Choose an answer scale from 1–4 to 1–10' },
    { type: 'ces', scale: null, message: 'scale: Choose the answer scale: 1–5 or 1–7' },
    { type: 'ces', scale: 6, message: 'scale: Choose the answer scale: 1–5 or 1–7' },
  ] as const)('refuses a $type scale of $scale', ({ type, scale, message }) => {
    expect(issues(form({ type, scale }))).toEqual([message]);
  });

  it('sends the scale for CSAT and CES, and a named unit for TTV', () => {
    expect(toCreateKpiRequest(form({ type: 'ces', scale: 7 }))).toMatchObject({ type: 'ces', scale: 7 });
    expect(toCreateKpiRequest(form({ type: 'ttv', unit: ' hours ' }))).toMatchObject({ type: 'ttv', unit: 'hours' });
    expect(toCreateKpiRequest(form({ type: 'ttv', unit: '' }))).not.toHaveProperty('unit');
  });

  it('asks a custom KPI for its level, unit and direction', () => {
    expect(issues(form({ type: 'custom' }))).toEqual([
      'level: Choose the level this KPI is measured on',
      'unit: Name the unit, e.g. invoices or minutes',
      'higherIsBetter: Say whether a higher value is better',
    ]);
    const values = form({ type: 'custom', level: 'touchpoint', unit: 'disputes', higherIsBetter: false });
    expect(toCreateKpiRequest(values)).toMatchObject({ level: 'touchpoint', unit: 'disputes', higherIsBetter: false });
  });

  it('asks for the journey and then the touchpoint it is attached to', () => {
    expect(issues(form({ attachKind: 'touchpoint' }))).toEqual(['journeyId: Choose the journey first']);
    expect(issues(form({ attachKind: 'touchpoint', journeyId }))).toEqual(['touchpointId: Choose the touchpoint']);
    expect(toCreateKpiRequest(form({ attachKind: 'touchpoint', journeyId, touchpointId })).attachTo).toEqual({ kind: 'touchpoint', id: touchpointId });
    expect(toCreateKpiRequest(form({ attachKind: 'journey', journeyId })).attachTo).toEqual({ kind: 'journey', id: journeyId });
  });

  it.each([
    { type: 'nps', target: 120, message: 'target: The target of this KPI must be between −100 and +100' },
    { type: 'csat', scale: 5, target: -5, message: 'target: The target of this KPI must be between 0% and 100%' },
    { type: 'ces', scale: 5, target: 6, message: 'target: The target of this KPI must be between 1.0 / 5 and 5.0 / 5' },
    { type: 'ttv', target: -1, unit: 'hours', message: 'target: The target of this KPI must be at least 0 hours' },
  ] as const)('refuses a $type target of $target, as the API would', ({ message, ...overrides }) => {
    expect(issues(form(overrides))).toEqual([message]);
  });

  it('updates everything but the type', () => {
    const request = toUpdateKpiRequest(form({ type: 'csat', scale: 5, target: 80, outcomeIds: [touchpointId] }));
    expect(request).toEqual({ name: 'Relationship NPS', scale: 5, target: 80, description: '', attachTo: { kind: 'project', id: null }, outcomeIds: [touchpointId] });
  });

  it('puts coded 422s on their field, an attachment problem on the picker in use', () => {
    const error = (code: string, details?: unknown) => new ApiError({ status: 422, code, message: 'no', details });
    const fields = Object.keys(emptyKpiForm()) as (keyof KpiFormValues)[];
    expect(serverErrorField(error('KPI_SCALE_INVALID'), fields, kpiErrorRules(form({})))).toBe('scale');
    expect(serverErrorField(error('KPI_ATTACHMENT_OTHER_PROJECT'), fields, kpiErrorRules(form({ attachKind: 'touchpoint' })))).toBe('touchpointId');
    expect(serverErrorField(error('KPI_OUTCOME_OTHER_PROJECT'), fields, kpiErrorRules(form({})))).toBe('outcomeIds');
    expect(serverErrorField(error('SOMETHING_ELSE', { field: 'target' }), fields, kpiErrorRules(form({})))).toBe('target');
    expect(serverErrorField(error('SOMETHING_ELSE'), fields, kpiErrorRules(form({})))).toBeNull();
    expect(serverErrorField(new ApiError({ status: 400, code: 'KPI_SCALE_INVALID', message: 'no' }), fields, kpiErrorRules(form({})))).toBeNull();
  });
});
