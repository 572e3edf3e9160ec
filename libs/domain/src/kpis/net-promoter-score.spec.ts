import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nps } from './index.js';

const workedExamples = [
  // 5 promoters (10,10,10,9,9), 2 passives (8,7), 3 detractors (6,3,0): 100 × (5 − 3) / 10 = 20
  {
    scenario: 'Reichheld-style mix of ten answers',
    scores: [10, 10, 10, 9, 9, 8, 7, 6, 3, 0],
    expected: {
      score: 20,
      promoters: 5,
      passives: 2,
      detractors: 3,
      n: 10,
      promoterShare: 0.5,
      passiveShare: 0.2,
      detractorShare: 0.3,
    },
  },
  // 9 is a promoter, 7 and 8 passives, 6 a detractor: 100 × (1 − 1) / 4 = 0
  {
    scenario: 'category boundaries 9 / 8 / 7 / 6',
    scores: [9, 8, 7, 6],
    expected: {
      score: 0,
      promoters: 1,
      passives: 2,
      detractors: 1,
      n: 4,
      promoterShare: 0.25,
      passiveShare: 0.5,
      detractorShare: 0.25,
    },
  },
  // 100 × (3 − 0) / 3 = 100, the top of the range
  {
    scenario: 'all promoters',
    scores: [9, 10, 10],
    expected: {
      score: 100,
      promoters: 3,
      passives: 0,
      detractors: 0,
      n: 3,
      promoterShare: 1,
      passiveShare: 0,
      detractorShare: 0,
    },
  },
  // 100 × (0 − 2) / 2 = −100, the bottom of the range
  {
    scenario: 'all detractors',
    scores: [0, 6],
    expected: {
      score: -100,
      promoters: 0,
      passives: 0,
      detractors: 2,
      n: 2,
      promoterShare: 0,
      passiveShare: 0,
      detractorShare: 1,
    },
  },
  // passives count in n but in neither share: 100 × (0 − 0) / 1 = 0
  {
    scenario: 'a single passive',
    scores: [7],
    expected: {
      score: 0,
      promoters: 0,
      passives: 1,
      detractors: 0,
      n: 1,
      promoterShare: 0,
      passiveShare: 1,
      detractorShare: 0,
    },
  },
  // 100 × (2 − 1) / 3 = 33.333…, kept at full precision
  {
    scenario: 'non-terminating result keeps full precision',
    scores: [10, 0, 10],
    expected: {
      score: 100 / 3,
      promoters: 2,
      passives: 0,
      detractors: 1,
      n: 3,
      promoterShare: 2 / 3,
      passiveShare: 0,
      detractorShare: 1 / 3,
    },
  },
];

const invalidInputs: { scenario: string; scores: readonly number[]; code: string; field: string }[] = [
  { scenario: 'no answers', scores: [], code: 'EMPTY_INPUT', field: 'scores' },
  { scenario: 'above the scale', scores: [5, 11], code: 'OUT_OF_RANGE', field: 'scores[1]' },
  { scenario: 'below the scale', scores: [-1], code: 'OUT_OF_RANGE', field: 'scores[0]' },
  { scenario: 'fractional answer', scores: [9, 8, 9.5], code: 'NOT_AN_INTEGER', field: 'scores[2]' },
  { scenario: 'NaN', scores: [10, Number.NaN], code: 'NOT_A_NUMBER', field: 'scores[1]' },
  { scenario: 'Infinity', scores: [Number.POSITIVE_INFINITY], code: 'NOT_A_NUMBER', field: 'scores[0]' },
  {
    scenario: 'string from untyped JSON',
    scores: ['9'] as unknown as number[],
    code: 'NOT_A_NUMBER',
    field: 'scores[0]',
  },
  // eslint-disable-next-line no-sparse-arrays
  { scenario: 'hole in a sparse array', scores: [9, , 9] as number[], code: 'NOT_A_NUMBER', field: 'scores[1]' },
];

const answers = fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 200 });
const answersAndPermutation = answers.chain((scores) =>
  fc.tuple(fc.constant(scores), fc.shuffledSubarray(scores, { minLength: scores.length, maxLength: scores.length })),
);

describe('nps', () => {
  it.each(workedExamples)('$scenario', ({ scores, expected }) => {
    expect(nps(scores)).toEqual(expected);
  });

  it.each(invalidInputs)('rejects $scenario with $code at $field', ({ scores, code, field }) => {
    expect(() => nps(scores)).toThrow(expect.objectContaining({ name: 'DomainInputError', code, field }));
  });

  it('stays within −100..100 and its counts add up to n', () => {
    fc.assert(
      fc.property(answers, (scores) => {
        const result = nps(scores);
        expect(result.score).toBeGreaterThanOrEqual(-100);
        expect(result.score).toBeLessThanOrEqual(100);
        expect(result.promoters + result.passives + result.detractors).toBe(result.n);
        expect(result.score).toBeCloseTo(100 * (result.promoterShare - result.detractorShare), 9);
      }),
    );
  });

  it('does not depend on the order of the answers', () => {
    fc.assert(
      fc.property(answersAndPermutation, ([scores, shuffled]) => {
        expect(nps(shuffled)).toEqual(nps(scores));
      }),
    );
  });
});
