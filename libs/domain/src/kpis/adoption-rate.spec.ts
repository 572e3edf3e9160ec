import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adoptionRate } from './index.js';

const workedExamples = [
  // 120 / 400 = 0.3 = 30%
  {
    scenario: '120 of 400 eligible customers active',
    active: 120,
    eligible: 400,
    expected: { rate: 0.3, percent: 30, active: 120, eligible: 400 },
  },
  // 0 / 50 = 0
  {
    scenario: 'nobody has adopted yet',
    active: 0,
    eligible: 50,
    expected: { rate: 0, percent: 0, active: 0, eligible: 50 },
  },
  // 7 / 7 = 1 = 100%
  {
    scenario: 'everyone eligible is active',
    active: 7,
    eligible: 7,
    expected: { rate: 1, percent: 100, active: 7, eligible: 7 },
  },
  // 2 / 3 = 0.666…, 100 × 2 / 3 = 66.666…
  {
    scenario: 'non-terminating rate keeps full precision',
    active: 2,
    eligible: 3,
    expected: { rate: 2 / 3, percent: 200 / 3, active: 2, eligible: 3 },
  },
];

const invalidInputs = [
  { scenario: 'no eligible customers', active: 0, eligible: 0, code: 'EMPTY_INPUT', field: 'eligible' },
  { scenario: 'more active than eligible', active: 11, eligible: 10, code: 'INCONSISTENT_INPUT', field: 'active' },
  { scenario: 'negative active count', active: -1, eligible: 10, code: 'OUT_OF_RANGE', field: 'active' },
  { scenario: 'negative eligible count', active: 0, eligible: -10, code: 'OUT_OF_RANGE', field: 'eligible' },
  { scenario: 'fractional active count', active: 2.5, eligible: 10, code: 'NOT_AN_INTEGER', field: 'active' },
  { scenario: 'fractional eligible count', active: 2, eligible: 10.5, code: 'NOT_AN_INTEGER', field: 'eligible' },
  { scenario: 'NaN active count', active: Number.NaN, eligible: 10, code: 'NOT_A_NUMBER', field: 'active' },
  {
    scenario: 'infinite eligible count',
    active: 2,
    eligible: Number.POSITIVE_INFINITY,
    code: 'NOT_A_NUMBER',
    field: 'eligible',
  },
];

const counts = fc
  .integer({ min: 1, max: 1_000_000_000 })
  .chain((eligible) => fc.tuple(fc.integer({ min: 0, max: eligible }), fc.constant(eligible)));

describe('adoptionRate', () => {
  it.each(workedExamples)('$scenario', ({ active, eligible, expected }) => {
    expect(adoptionRate(active, eligible)).toEqual(expected);
  });

  it.each(invalidInputs)('rejects $scenario with $code at $field', ({ active, eligible, code, field }) => {
    expect(() => adoptionRate(active, eligible)).toThrow(
      expect.objectContaining({ name: 'DomainInputError', code, field }),
    );
  });

  it('keeps the rate within 0..1 and the percent at 100 × rate', () => {
    fc.assert(
      fc.property(counts, ([active, eligible]) => {
        const { rate, percent } = adoptionRate(active, eligible);
        expect(rate).toBeGreaterThanOrEqual(0);
        expect(rate).toBeLessThanOrEqual(1);
        expect(percent).toBeCloseTo(100 * rate, 9);
      }),
    );
  });
});
