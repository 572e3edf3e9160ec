import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { timeToValue, type TimeToValueJourney } from './index.js';

// Percentiles by linear interpolation between closest ranks (R type 7, Excel PERCENTILE.INC):
// sort the n reached durations x[0..n−1], h = (n − 1) × p, P = x[⌊h⌋] + (h − ⌊h⌋) × (x[⌊h⌋+1] − x[⌊h⌋]).
const workedExamples: {
  scenario: string;
  durations: readonly TimeToValueJourney[];
  expected: { median: number | null; p75: number | null; p90: number | null; n: number; nCensored: number };
}[] = [
  // n = 5: h = 2 → 3; h = 3 → 4; h = 3.6 → 4 + 0.6 × (5 − 4) = 4.6
  {
    scenario: 'five plain durations',
    durations: [1, 2, 3, 4, 5],
    expected: { median: 3, p75: 4, p90: 4.6, n: 5, nCensored: 0 },
  },
  // 1..10: h = 4.5 → 5 + 0.5 × 1 = 5.5; h = 6.75 → 7 + 0.75 × 1 = 7.75; h = 8.1 → 9 + 0.1 × 1 = 9.1
  {
    scenario: 'ten durations out of order',
    durations: [10, 3, 7, 1, 9, 2, 8, 4, 6, 5],
    expected: { median: 5.5, p75: 7.75, p90: 9.1, n: 10, nCensored: 0 },
  },
  // reached [2, 4, 8, 10], n = 4, three censored:
  // h = 1.5 → 4 + 0.5 × 4 = 6; h = 2.25 → 8 + 0.25 × 2 = 8.5; h = 2.7 → 8 + 0.7 × 2 = 9.4
  {
    scenario: 'censored journeys are counted but left out of the percentiles',
    durations: [10, { censored: true }, 2, { duration: 4 }, { duration: null }, 8, { duration: 30, censored: true }],
    expected: { median: 6, p75: 8.5, p90: 9.4, n: 4, nCensored: 3 },
  },
  // a skewed cohort: [1, 1, 2, 2, 30] → h = 2 → 2; h = 3 → 2; h = 3.6 → 2 + 0.6 × 28 = 18.8
  {
    scenario: 'one slow start moves p90 but not the median',
    durations: [1, 30, 2, 1, 2],
    expected: { median: 2, p75: 2, p90: 18.8, n: 5, nCensored: 0 },
  },
  {
    scenario: 'a single journey is every percentile',
    durations: [{ duration: 7, censored: false }],
    expected: { median: 7, p75: 7, p90: 7, n: 1, nCensored: 0 },
  },
  {
    scenario: 'instant value (0) is a valid duration',
    durations: [0, 0, -0],
    expected: { median: 0, p75: 0, p90: 0, n: 3, nCensored: 0 },
  },
  {
    scenario: 'all censored gives null percentiles, not NaN',
    durations: [{ censored: true }, {}],
    expected: { median: null, p75: null, p90: null, n: 0, nCensored: 2 },
  },
];

const invalidInputs: { scenario: string; durations: readonly TimeToValueJourney[]; code: string; field: string }[] = [
  { scenario: 'no journeys', durations: [], code: 'EMPTY_INPUT', field: 'durations' },
  { scenario: 'a negative duration', durations: [3, -1], code: 'OUT_OF_RANGE', field: 'durations[1]' },
  { scenario: 'a NaN duration', durations: [Number.NaN], code: 'NOT_A_NUMBER', field: 'durations[0]' },
  {
    scenario: 'an infinite duration',
    durations: [1, 2, Number.POSITIVE_INFINITY],
    code: 'NOT_A_NUMBER',
    field: 'durations[2]',
  },
  {
    scenario: 'a negative object duration',
    durations: [{ duration: -2 }],
    code: 'OUT_OF_RANGE',
    field: 'durations[0].duration',
  },
  {
    scenario: 'a NaN duration on a censored journey',
    durations: [1, { duration: Number.NaN, censored: true }],
    code: 'NOT_A_NUMBER',
    field: 'durations[1].duration',
  },
  {
    scenario: 'censored: false without a duration',
    durations: [{ duration: null, censored: false }],
    code: 'INCONSISTENT_INPUT',
    field: 'durations[0].duration',
  },
  {
    scenario: 'a non-boolean censored flag',
    durations: [{ censored: 'yes' as unknown as boolean }],
    code: 'INVALID_TYPE',
    field: 'durations[0].censored',
  },
  {
    scenario: 'a null journey',
    durations: [null as unknown as TimeToValueJourney],
    code: 'NOT_A_NUMBER',
    field: 'durations[0]',
  },
  {
    scenario: 'a string duration',
    durations: ['5' as unknown as TimeToValueJourney],
    code: 'NOT_A_NUMBER',
    field: 'durations[0]',
  },
];

const duration = fc.double({ min: 0, max: Number.MAX_VALUE, noNaN: true });
const journey: fc.Arbitrary<TimeToValueJourney> = fc.oneof(
  duration,
  fc.record({ duration }),
  fc.record({ duration: fc.option(duration, { nil: null }), censored: fc.constant(true) }),
);
const journeys = fc.array(journey, { minLength: 1, maxLength: 100 });

describe('timeToValue', () => {
  it.each(workedExamples)('$scenario', ({ durations, expected }) => {
    const result = timeToValue(durations);
    expect(result.n).toBe(expected.n);
    expect(result.nCensored).toBe(expected.nCensored);
    for (const key of ['median', 'p75', 'p90'] as const) {
      const want = expected[key];
      if (want === null) expect(result[key]).toBeNull();
      else expect(result[key]).toBeCloseTo(want, 12);
    }
  });

  it('reports a -0 duration as 0', () => {
    expect(timeToValue([-0]).median).toBe(0);
  });

  it.each(invalidInputs)('rejects $scenario with $code at $field', ({ durations, code, field }) => {
    expect(() => timeToValue(durations)).toThrow(expect.objectContaining({ name: 'DomainInputError', code, field }));
  });

  it('keeps median <= p75 <= p90 within the min..max of reached durations', () => {
    fc.assert(
      fc.property(fc.array(duration, { minLength: 1, maxLength: 100 }), (durations) => {
        const { median, p75, p90 } = timeToValue(durations);
        const min = Math.min(...durations);
        const max = Math.max(...durations);
        if (median === null || p75 === null || p90 === null) throw new Error('expected percentiles');
        expect(min).toBeLessThanOrEqual(median);
        expect(median).toBeLessThanOrEqual(p75);
        expect(p75).toBeLessThanOrEqual(p90);
        expect(p90).toBeLessThanOrEqual(max);
      }),
    );
  });

  it('counts every journey once, reached or censored, and never returns NaN', () => {
    fc.assert(
      fc.property(journeys, (list) => {
        const result = timeToValue(list);
        expect(result.n + result.nCensored).toBe(list.length);
        for (const value of [result.median, result.p75, result.p90]) {
          if (value !== null) expect(Number.isNaN(value)).toBe(false);
        }
        expect(result.median === null).toBe(result.n === 0);
      }),
    );
  });

  it('does not depend on the order of the journeys', () => {
    fc.assert(
      fc.property(
        journeys.chain((list) =>
          fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length })),
        ),
        ([list, shuffled]) => {
          expect(timeToValue(shuffled)).toEqual(timeToValue(list));
        },
      ),
    );
  });
});
