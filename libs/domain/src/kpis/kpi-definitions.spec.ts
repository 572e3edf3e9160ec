import { describe, expect, it } from 'vitest';
import { isKpiType, KPI_DEFINITIONS, KPI_TYPES, kpiDefinition, type KpiType } from './index.js';

// Levels from DOMAIN.md, "KPIs on three levels"; effort and waiting time improve when they fall.
const standardKpis = [
  { type: 'nps', level: 'relationship', higherIsBetter: true },
  { type: 'clv', level: 'relationship', higherIsBetter: true },
  { type: 'tcr', level: 'journey', higherIsBetter: true },
  { type: 'ttv', level: 'journey', higherIsBetter: false },
  { type: 'adoption', level: 'journey', higherIsBetter: true },
  { type: 'csat', level: 'touchpoint', higherIsBetter: true },
  { type: 'ces', level: 'touchpoint', higherIsBetter: false },
] as const;

describe('kpiDefinition', () => {
  it.each(standardKpis)(
    '$type is measured on the $level level, higherIsBetter $higherIsBetter',
    ({ type, level, higherIsBetter }) => {
      expect(kpiDefinition(type)).toMatchObject({ type, level, higherIsBetter, userDefined: false });
    },
  );

  it('leaves level and direction of a custom KPI to the user', () => {
    expect(kpiDefinition('custom')).toMatchObject({
      type: 'custom',
      userDefined: true,
      level: null,
      higherIsBetter: null,
      formula: null,
    });
  });

  it('defines every KPI type under its own key', () => {
    expect(Object.keys(KPI_DEFINITIONS).sort()).toEqual([...KPI_TYPES].sort());
    for (const type of KPI_TYPES) expect(KPI_DEFINITIONS[type].type).toBe(type);
  });

  it('rejects an unknown type with OUT_OF_RANGE at type', () => {
    expect(() => kpiDefinition('revenue' as KpiType)).toThrow(
      expect.objectContaining({ name: 'DomainInputError', code: 'OUT_OF_RANGE', field: 'type' }),
    );
  });
});

describe('isKpiType', () => {
  it.each([
    { scenario: 'a standard type', value: 'nps', expected: true },
    { scenario: 'custom', value: 'custom', expected: true },
    { scenario: 'wrong case', value: 'NPS', expected: false },
    { scenario: 'an object key that is no KPI', value: 'toString', expected: false },
    { scenario: 'a number', value: 1, expected: false },
  ])('$scenario → $expected', ({ value, expected }) => {
    expect(isKpiType(value)).toBe(expected);
  });
});
