import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csat } from './index.js';

const workedExamples = [
  // 4 and 5 are the top two of 1–5: 3 of 5 satisfied → 100 × 3 / 5 = 60
  {
    scenario: 'default 1–5 scale, 3 of 5 satisfied',
    scores: [5, 4, 3, 4, 1],
    scale: undefined,
    expected: { score: 60, satisfied: 3, n: 5, scale: 5, satisfiedShare: 0.6 },
  },
  // 3 is the midpoint, not satisfied: 100 × 0 / 3 = 0
  {
    scenario: 'all neutral or worse',
    scores: [3, 2, 1],
    scale: 5,
    expected: { score: 0, satisfied: 0, n: 3, scale: 5, satisfiedShare: 0 },
  },
  // 100 × 2 / 2 = 100
  {
    scenario: 'everyone satisfied',
    scores: [4, 5],
    scale: 5,
    expected: { score: 100, satisfied: 2, n: 2, scale: 5, satisfiedShare: 1 },
  },
  // top two of 1–7 are 6 and 7; 5 is not: 100 × 2 / 3 = 66.666…
  {
    scenario: '1–7 scale counts only 6 and 7',
    scores: [7, 6, 5],
    scale: 7,
    expected: { score: 200 / 3, satisfied: 2, n: 3, scale: 7, satisfiedShare: 2 / 3 },
  },
  // top two of 1–10 are 9 and 10: 100 × 1 / 4 = 25
  {
    scenario: '1–10 scale counts only 9 and 10',
    scores: [10, 8, 8, 1],
    scale: 10,
    expected: { score: 25, satisfied: 1, n: 4, scale: 10, satisfiedShare: 0.25 },
  },
];

const invalidInputs: { scenario: string; scores: readonly number[]; scale?: number; code: string; field: string }[] = [
  { scenario: 'no answers', scores: [], code: 'EMPTY_INPUT', field: 'scores' },
  { scenario: 'zero on a 1–5 scale', scores: [4, 0], code: 'OUT_OF_RANGE', field: 'scores[1]' },
  { scenario: 'six on a 1–5 scale', scores: [6], code: 'OUT_OF_RANGE', field: 'scores[0]' },
  { scenario: 'fractional answer', scores: [4.5], code: 'NOT_AN_INTEGER', field: 'scores[0]' },
  { scenario: 'NaN answer', scores: [5, 5, Number.NaN], code: 'NOT_A_NUMBER', field: 'scores[2]' },
  { scenario: 'scale too short for a top-two box', scores: [3], scale: 3, code: 'OUT_OF_RANGE', field: 'scale' },
  { scenario: 'scale longer than 10', scores: [3], scale: 11, code: 'OUT_OF_RANGE', field: 'scale' },
  { scenario: 'fractional scale', scores: [3], scale: 5.5, code: 'NOT_AN_INTEGER', field: 'scale' },
  { scenario: 'NaN scale', scores: [3], scale: Number.NaN, code: 'NOT_A_NUMBER', field: 'scale' },
];

const scaleAndAnswers = fc
  .integer({ min: 4, max: 10 })
  .chain((scale) =>
    fc.tuple(fc.constant(scale), fc.array(fc.integer({ min: 1, max: scale }), { minLength: 1, maxLength: 200 })),
  );

describe('csat', () => {
  it.each(workedExamples)('$scenario', ({ scores, scale, expected }) => {
    expect(csat(scores, scale)).toEqual(expected);
  });

  it.each(invalidInputs)('rejects $scenario with $code at $field', ({ scores, scale, code, field }) => {
    expect(() => csat(scores, scale)).toThrow(expect.objectContaining({ name: 'DomainInputError', code, field }));
  });

  it('stays within 0..100', () => {
    fc.assert(
      fc.property(scaleAndAnswers, ([scale, scores]) => {
        const { score } = csat(scores, scale);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(100);
      }),
    );
  });

  it('does not depend on the order of the answers', () => {
    fc.assert(
      fc.property(
        scaleAndAnswers.chain(([scale, scores]) =>
          fc.tuple(
            fc.constant(scale),
            fc.constant(scores),
            fc.shuffledSubarray(scores, { minLength: scores.length, maxLength: scores.length }),
          ),
        ),
        ([scale, scores, shuffled]) => {
          expect(csat(shuffled, scale)).toEqual(csat(scores, scale));
        },
      ),
    );
  });
});
