import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { percentileInclusive } from './percentile.js';

// Hand-computed with h = (n − 1) × p and P = x[⌊h⌋] + (h − ⌊h⌋) × (x[⌊h⌋+1] − x[⌊h⌋]);
// the same values R gives for quantile(x, p, type = 7) and Excel for PERCENTILE.INC(x, p).
const workedExamples = [
  { scenario: 'minimum of four values (p0, h = 0)', sorted: [1, 3, 4, 8], percent: 0, expected: 1 },
  { scenario: 'p25 of four values (h = 0.75 → 1 + 0.75 × 2)', sorted: [1, 3, 4, 8], percent: 25, expected: 2.5 },
  { scenario: 'median of four values (h = 1.5 → 3 + 0.5 × 1)', sorted: [1, 3, 4, 8], percent: 50, expected: 3.5 },
  { scenario: 'p75 of four values (h = 2.25 → 4 + 0.25 × 4)', sorted: [1, 3, 4, 8], percent: 75, expected: 5 },
  { scenario: 'p90 of four values (h = 2.7 → 4 + 0.7 × 4)', sorted: [1, 3, 4, 8], percent: 90, expected: 6.8 },
  { scenario: 'maximum of four values (p100, h = 3)', sorted: [1, 3, 4, 8], percent: 100, expected: 8 },
  {
    scenario: 'median of an odd count is the middle value (h = 2)',
    sorted: [15, 20, 35, 40, 50],
    percent: 50,
    expected: 35,
  },
  {
    scenario: 'p40 lands between ranks (h = 1.6 → 20 + 0.6 × 15)',
    sorted: [15, 20, 35, 40, 50],
    percent: 40,
    expected: 29,
  },
  { scenario: 'one value is every percentile', sorted: [42], percent: 90, expected: 42 },
];

const sortedValues = fc
  .array(fc.double({ min: 0, max: Number.MAX_VALUE, noNaN: true }), { minLength: 1, maxLength: 100 })
  .map((values) => [...values].sort((a, b) => a - b));

describe('percentileInclusive', () => {
  it.each(workedExamples)('$scenario', ({ sorted, percent, expected }) => {
    expect(percentileInclusive(sorted, percent)).toBeCloseTo(expected, 12);
  });

  it('lands exactly on a rank when (n − 1) × percent / 100 is whole', () => {
    // 0..100 as 101 values: h = 100 × 7 / 100 = 7, so P7 is x[7] = 7 exactly. Computing h as
    // 100 × 0.07 would give 7.000000000000001 and interpolate a hair past 7.
    const sorted = Array.from({ length: 101 }, (_, index) => index);
    expect(percentileInclusive(sorted, 7)).toBe(7);
  });

  it('rises with the percent and stays within min..max', () => {
    fc.assert(
      fc.property(sortedValues, fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), (sorted, a, b) => {
        const [lower, upper] = a <= b ? [a, b] : [b, a];
        const low = percentileInclusive(sorted, lower);
        const high = percentileInclusive(sorted, upper);
        expect(low).toBeLessThanOrEqual(high);
        expect(low).toBeGreaterThanOrEqual(sorted[0] ?? Number.NaN);
        expect(high).toBeLessThanOrEqual(sorted.at(-1) ?? Number.NaN);
      }),
    );
  });
});
