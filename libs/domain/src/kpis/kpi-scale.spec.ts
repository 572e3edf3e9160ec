import { describe, expect, it } from 'vitest';
import { checkKpiScale, defaultKpiUnit, isKpiUnitFixed, KPI_TYPES } from './index.js';

describe('checkKpiScale', () => {
  it.each([
    ['csat', undefined, 5],
    ['csat', null, 5],
    ['csat', 4, 4],
    ['csat', 10, 10],
    ['ces', 5, 5],
    ['ces', 7, 7],
    ['nps', undefined, null],
    ['nps', null, null],
    ['tcr', null, null],
    ['custom', undefined, null],
  ] as const)('%s with scale %s is stored with %s', (type, scale, stored) => {
    expect(checkKpiScale(type, scale)).toEqual({ ok: true, scale: stored });
  });

  it.each([
    ['ces', undefined, 'required'],
    ['ces', null, 'required'],
    ['ces', 6, 'invalid'],
    ['ces', 10, 'invalid'],
    ['csat', 3, 'invalid'],
    ['csat', 11, 'invalid'],
    ['nps', 10, 'not-applicable'],
    ['nps', 11, 'not-applicable'],
    ['ttv', 5, 'not-applicable'],
    ['adoption', 5, 'not-applicable'],
    ['clv', 7, 'not-applicable'],
    ['custom', 5, 'not-applicable'],
  ] as const)('%s with scale %s is %s', (type, scale, problem) => {
    const check = checkKpiScale(type, scale);
    expect(check).toMatchObject({ ok: false, problem });
    expect(check.ok ? '' : check.message).not.toBe('');
  });

  it('says which scales CES accepts', () => {
    expect(checkKpiScale('ces', 6)).toMatchObject({ message: 'CES is asked on a 1–5 or a 1–7 scale: send 5 or 7, not 6' });
  });
});

describe('KPI units', () => {
  it('fixes the units of the formula-bound types and defaults the duration and currency', () => {
    expect(KPI_TYPES.map((type) => [type, defaultKpiUnit(type), isKpiUnitFixed(type)])).toEqual([
      ['nps', 'NPS points', true],
      ['csat', '%', true],
      ['ces', 'scale mean', true],
      ['ttv', 'days', false],
      ['tcr', '%', true],
      ['adoption', '%', true],
      ['clv', 'EUR', false],
      ['custom', null, false],
    ]);
  });
});
