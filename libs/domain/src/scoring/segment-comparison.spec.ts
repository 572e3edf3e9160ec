import { describe, expect, it } from 'vitest';
import type { OutcomeCounts } from './outcome-score.js';
import { scoreFromCounts } from './score-from-counts.js';
import { compareSegments, type SegmentCounts } from './segment-comparison.js';

const segment = (entries: [string, OutcomeCounts][]): SegmentCounts => new Map(entries);

describe('compareSegments', () => {
  // Segment a: 60 of 100 rate "minimize the time to verify the invoice" important, 20 of 100 satisfied.
  // Segment b: 40 of 100 important, 20 of 100 satisfied.
  // importance 6 vs 4 (difference 2); satisfaction 2 vs 2 (difference 0);
  // opportunity 6 + (6 − 2) = 10 vs 4 + (4 − 2) = 6 (difference 4).
  // importance test: pooled 100/200 = 0.5, z = 0.2/√(0.25 · 0.02) = 2√2, p = erfc(2) = 0.00468 → significant.
  // satisfaction test: equal shares, z = 0, p = 1.
  const a = segment([
    ['verify-invoice', { n: 100, importantCount: 60, satisfiedCount: 20 }],
    ['only-a', { n: 50, importantCount: 10, satisfiedCount: 10 }],
  ]);
  const b = segment([
    ['only-b', { n: 50, importantCount: 10, satisfiedCount: 10 }],
    ['verify-invoice', { n: 100, importantCount: 40, satisfiedCount: 20 }],
  ]);

  it('compares the outcomes both segments rated and lists the rest separately', () => {
    const comparison = compareSegments(a, b);
    expect(comparison.onlyInA).toEqual(['only-a']);
    expect(comparison.onlyInB).toEqual(['only-b']);
    expect(comparison.outcomes).toHaveLength(1);
    const [outcome] = comparison.outcomes;
    expect(outcome?.outcomeId).toBe('verify-invoice');
    expect(outcome?.a).toEqual(scoreFromCounts({ n: 100, importantCount: 60, satisfiedCount: 20 }));
    expect(outcome?.difference).toEqual({ importance: 2, satisfaction: 0, opportunity: 4 });
    expect(outcome?.importance.z).toBeCloseTo(2 * Math.SQRT2, 12);
    expect(outcome?.importance.pValue).toBeCloseTo(0.004677734981047266, 15);
    expect(outcome?.importance.significant).toBe(true);
    expect(outcome?.satisfaction).toEqual({ z: 0, pValue: 1, significant: false });
  });

  it('applies a stricter alpha when asked', () => {
    const [outcome] = compareSegments(a, b, { alpha: 0.001 }).outcomes;
    expect(outcome?.importance.significant).toBe(false);
  });

  it.each([
    {
      scenario: 'nobody top-two-box in either segment (pooled 0)',
      countsA: { n: 40, importantCount: 0, satisfiedCount: 5 },
      countsB: { n: 60, importantCount: 0, satisfiedCount: 5 },
      question: 'importance' as const,
    },
    {
      scenario: 'a question one segment did not answer',
      countsA: { n: 40, nSatisfaction: 0, importantCount: 20, satisfiedCount: 0 },
      countsB: { n: 60, importantCount: 0, satisfiedCount: 5 },
      question: 'satisfaction' as const,
    },
  ])('reports no evidence, not NaN, for $scenario', ({ countsA, countsB, question }) => {
    const [outcome] = compareSegments(segment([['o1', countsA]]), segment([['o1', countsB]])).outcomes;
    expect(outcome?.[question]).toEqual({ z: 0, pValue: 1, significant: false });
  });

  it('orders outcomes by id whatever the insertion order of the maps', () => {
    const counts = { n: 30, importantCount: 10, satisfiedCount: 10 };
    const forward = compareSegments(segment([['b', counts], ['a', counts], ['c', counts]]), segment([['c', counts], ['b', counts], ['a', counts]]));
    const backward = compareSegments(segment([['c', counts], ['a', counts], ['b', counts]]), segment([['a', counts], ['c', counts], ['b', counts]]));
    expect(forward.outcomes.map((outcome) => outcome.outcomeId)).toEqual(['a', 'b', 'c']);
    expect(backward).toEqual(forward);
  });

  it.each([
    {
      scenario: 'inconsistent counts in segment a',
      a: segment([['o1', { n: 10, importantCount: 11, satisfiedCount: 1 }]]),
      b: segment([['o1', { n: 10, importantCount: 1, satisfiedCount: 1 }]]),
      options: {},
      code: 'INCONSISTENT_INPUT',
      field: 'a["o1"].importantCount',
    },
    {
      scenario: 'an outcome without answers in segment b',
      a: segment([['o1', { n: 10, importantCount: 1, satisfiedCount: 1 }]]),
      b: segment([['o1', { n: 0, importantCount: 0, satisfiedCount: 0 }]]),
      options: {},
      code: 'EMPTY_INPUT',
      field: 'b["o1"].n',
    },
    {
      scenario: 'a negative count',
      a: segment([['o1', { n: 10, importantCount: 1, satisfiedCount: -1 }]]),
      b: segment([['o1', { n: 10, importantCount: 1, satisfiedCount: 1 }]]),
      options: {},
      code: 'OUT_OF_RANGE',
      field: 'a["o1"].satisfiedCount',
    },
    { scenario: 'alpha 0', a: segment([]), b: segment([]), options: { alpha: 0 }, code: 'OUT_OF_RANGE', field: 'alpha' },
    { scenario: 'alpha 1', a: segment([]), b: segment([]), options: { alpha: 1 }, code: 'OUT_OF_RANGE', field: 'alpha' },
    { scenario: 'alpha NaN', a: segment([]), b: segment([]), options: { alpha: Number.NaN }, code: 'NOT_A_NUMBER', field: 'alpha' },
  ])('rejects $scenario', ({ a: countsA, b: countsB, options, code, field }) => {
    expect(() => compareSegments(countsA, countsB, options)).toThrow(expect.objectContaining({ name: 'DomainInputError', code, field }));
  });
});
