import { describe, expect, it } from 'vitest';
import { isComputableKpiType, KPI_TYPES, parseDecimalText, parseKpiResponse } from './index.js';

describe('parseDecimalText', () => {
  it.each([
    ['72.5', 72.5],
    [' -3 ', -3],
    ['+4', 4],
    ['.5', 0.5],
    ['1e2', 100],
    ['7.', 7],
  ])('reads %j as %d', (text, value) => {
    expect(parseDecimalText(text, 'value')).toBe(value);
  });

  it.each(['72,5', '0x1A', 'Infinity', 'NaN', '5 days', '1e999', '--1'])('refuses %j as NOT_A_NUMBER', (text) => {
    expect(() => parseDecimalText(text, 'value')).toThrow(expect.objectContaining({ code: 'NOT_A_NUMBER', field: 'value' }));
  });

  it('refuses a blank field as EMPTY_INPUT', () => {
    expect(() => parseDecimalText('  ', 'value')).toThrow(expect.objectContaining({ code: 'EMPTY_INPUT', field: 'value' }));
  });
});

describe('parseKpiResponse', () => {
  it('reads the answers of every computable type', () => {
    expect(parseKpiResponse('nps', null, { score: '0' })).toBe(0);
    expect(parseKpiResponse('nps', null, { score: ' 10 ' })).toBe(10);
    expect(parseKpiResponse('csat', 5, { score: '4' })).toBe(4);
    expect(parseKpiResponse('ces', 7, { score: '7.0' })).toBe(7);
    expect(['true', 'FALSE', '1', '0', 'Yes', 'no'].map((text) => parseKpiResponse('tcr', null, { completed: text }))).toEqual([true, false, true, false, true, false]);
    expect(parseKpiResponse('ttv', null, { duration: '12.5' })).toBe(12.5);
    expect(parseKpiResponse('ttv', null, { duration: '' })).toBeNull();
    expect(parseKpiResponse('ttv', null, {})).toBeNull();
    expect(parseKpiResponse('adoption', null, { active: '30', eligible: '120' })).toEqual({ active: 30, eligible: 120 });
    expect(parseKpiResponse('adoption', null, { active: '0', eligible: '0' })).toEqual({ active: 0, eligible: 0 });
  });

  it.each([
    ['an NPS answer of 11', 'nps', null, { score: '11' }, 'OUT_OF_RANGE', 'score'],
    ['an NPS answer of -1', 'nps', null, { score: '-1' }, 'OUT_OF_RANGE', 'score'],
    ['an NPS answer of 8.5', 'nps', null, { score: '8.5' }, 'NOT_AN_INTEGER', 'score'],
    ['a CSAT answer of 6 on 1–5', 'csat', 5, { score: '6' }, 'OUT_OF_RANGE', 'score'],
    ['a CSAT answer of 0', 'csat', 5, { score: '0' }, 'OUT_OF_RANGE', 'score'],
    ['a CES answer of 6 on 1–5', 'ces', 5, { score: '6' }, 'OUT_OF_RANGE', 'score'],
    ['a blank score', 'csat', 5, { score: '' }, 'EMPTY_INPUT', 'score'],
    ['a score in words', 'nps', null, { score: 'ten' }, 'NOT_A_NUMBER', 'score'],
    ['a CES answer without the scale', 'ces', null, { score: '3' }, 'EMPTY_INPUT', 'scale'],
    ['completed "maybe"', 'tcr', null, { completed: 'maybe' }, 'INVALID_TYPE', 'completed'],
    ['a blank completed', 'tcr', null, { completed: '' }, 'INVALID_TYPE', 'completed'],
    ['a negative duration', 'ttv', null, { duration: '-2' }, 'OUT_OF_RANGE', 'duration'],
    ['a duration with its unit', 'ttv', null, { duration: '3 days' }, 'NOT_A_NUMBER', 'duration'],
    ['a negative active count', 'adoption', null, { active: '-3', eligible: '10' }, 'OUT_OF_RANGE', 'active'],
    ['a fractional eligible count', 'adoption', null, { active: '1', eligible: '2.5' }, 'NOT_AN_INTEGER', 'eligible'],
    ['more active than eligible', 'adoption', null, { active: '11', eligible: '10' }, 'INCONSISTENT_INPUT', 'active'],
  ] as const)('refuses %s', (_scenario, type, scale, fields, code, field) => {
    expect(() => parseKpiResponse(type, scale, fields)).toThrow(expect.objectContaining({ code, field }));
  });

  it('names the allowed answers in the message', () => {
    expect(() => parseKpiResponse('nps', null, { score: '11' })).toThrow('score: expected an answer from 0 to 10, got 11');
    expect(() => parseKpiResponse('adoption', null, { active: '-3', eligible: '10' })).toThrow('active: expected a count of 0 or more, got -3');
  });

  it('computes every type but CLV and custom KPIs from responses', () => {
    expect(KPI_TYPES.filter(isComputableKpiType)).toEqual(['nps', 'csat', 'ces', 'ttv', 'tcr', 'adoption']);
  });
});
