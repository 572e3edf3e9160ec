import { describe, expect, it } from 'vitest';
import { DomainInputError } from '../validation/index.js';
import { assertKpiValue, describeKpiRange, isWithinKpiRange, kpiValueRange, type KpiType } from './index.js';

describe('kpiValueRange', () => {
  it.each([
    ['nps', null, { min: -100, max: 100 }],
    ['csat', 5, { min: 0, max: 100 }],
    ['tcr', null, { min: 0, max: 100 }],
    ['adoption', null, { min: 0, max: 100 }],
    ['ces', 5, { min: 1, max: 5 }],
    ['ces', 7, { min: 1, max: 7 }],
    ['ttv', null, { min: 0, max: null }],
    ['clv', null, { min: 0, max: null }],
    ['custom', null, { min: null, max: null }],
  ] as const)('%s (scale %s) takes %o', (type, scale, range) => {
    expect(kpiValueRange(type, scale)).toEqual(range);
  });

  it('needs the scale of a CES KPI', () => {
    expect(() => kpiValueRange('ces', null)).toThrow(expect.objectContaining({ code: 'EMPTY_INPUT', field: 'scale' }));
  });
});

describe('isWithinKpiRange', () => {
  it.each([
    ['nps', null, -100, true],
    ['nps', null, 100, true],
    ['nps', null, 100.5, false],
    ['nps', null, -101, false],
    ['csat', 5, 0, true],
    ['csat', 5, 100.01, false],
    ['ces', 5, 1, true],
    ['ces', 5, 5.5, false],
    ['ces', 7, 5.5, true],
    ['ces', 7, 0.99, false],
    ['ttv', null, 0, true],
    ['ttv', null, -0.5, false],
    ['clv', null, 1e9, true],
    ['custom', null, -1e12, true],
    ['custom', null, Number.POSITIVE_INFINITY, false],
    ['custom', null, Number.NaN, false],
  ] as const)('%s (scale %s): %d inside is %s', (type, scale, value, inside) => {
    expect(isWithinKpiRange(value, kpiValueRange(type as KpiType, scale))).toBe(inside);
  });
});

describe('assertKpiValue', () => {
  it('accepts a value in range and names the range of one outside', () => {
    expect(() => assertKpiValue('tcr', null, 85, 'value')).not.toThrow();
    let error: unknown;
    try {
      assertKpiValue('nps', null, 120, 'value');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DomainInputError);
    expect(error).toMatchObject({ code: 'OUT_OF_RANGE', field: 'value', message: 'value: NPS values must be from -100 to 100, got 120' });
  });

  it('rejects a value that is not a finite number', () => {
    expect(() => assertKpiValue('custom', null, Number.NaN, 'target')).toThrow(expect.objectContaining({ code: 'NOT_A_NUMBER', field: 'target' }));
  });

  it('describes open ranges in words', () => {
    expect(describeKpiRange({ min: 0, max: null })).toBe('0 or more');
    expect(describeKpiRange({ min: null, max: 10 })).toBe('10 or less');
    expect(describeKpiRange({ min: null, max: null })).toBe('any finite number');
  });
});
