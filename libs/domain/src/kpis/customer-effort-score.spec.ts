import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ces, type CesScale } from './index.js';

const workedExamples = [
  // mean (1 + 2 + 3 + 4 + 5) / 5 = 15 / 5 = 3; easy 1–2 → 2, neutral 3 → 1, difficult 4–5 → 2
  {
    scenario: 'one of each answer on 1–5',
    scores: [1, 2, 3, 4, 5],
    scale: 5 as const,
    expected: { score: 3, scale: 5, easy: 2, neutral: 1, difficult: 2, n: 5, easyShare: 0.4, difficultShare: 0.4 },
  },
  // mean (1 + 1 + 2 + 5) / 4 = 9 / 4 = 2.25; easy 3 of 4, difficult 1 of 4
  {
    scenario: 'mostly effortless on 1–5',
    scores: [1, 1, 2, 5],
    scale: 5 as const,
    expected: { score: 2.25, scale: 5, easy: 3, neutral: 0, difficult: 1, n: 4, easyShare: 0.75, difficultShare: 0.25 },
  },
  // on 1–7 the midpoint is 4: easy 1–3 → {3}, neutral 4 → {4}, difficult 5–7 → {5, 7}; mean 19 / 4 = 4.75
  {
    scenario: '1–7 scale splits at 4',
    scores: [3, 4, 5, 7],
    scale: 7 as const,
    expected: { score: 4.75, scale: 7, easy: 1, neutral: 1, difficult: 2, n: 4, easyShare: 0.25, difficultShare: 0.5 },
  },
  // the same answer 3 is "neutral" on 1–5 but "easy" on 1–7, which is why the scale is required
  {
    scenario: 'a 3 on 1–7 counts as easy',
    scores: [3],
    scale: 7 as const,
    expected: { score: 3, scale: 7, easy: 1, neutral: 0, difficult: 0, n: 1, easyShare: 1, difficultShare: 0 },
  },
  // mean (2 + 2 + 3) / 3 = 7 / 3 = 2.333…, full precision
  {
    scenario: 'non-terminating mean keeps full precision',
    scores: [2, 2, 3],
    scale: 5 as const,
    expected: { score: 7 / 3, scale: 5, easy: 2, neutral: 1, difficult: 0, n: 3, easyShare: 2 / 3, difficultShare: 0 },
  },
];

const invalidInputs: { scenario: string; scores: readonly number[]; scale: number; code: string; field: string }[] = [
  { scenario: 'no answers', scores: [], scale: 5, code: 'EMPTY_INPUT', field: 'scores' },
  { scenario: 'six on a 1–5 scale', scores: [2, 6], scale: 5, code: 'OUT_OF_RANGE', field: 'scores[1]' },
  { scenario: 'eight on a 1–7 scale', scores: [8], scale: 7, code: 'OUT_OF_RANGE', field: 'scores[0]' },
  { scenario: 'zero', scores: [0], scale: 7, code: 'OUT_OF_RANGE', field: 'scores[0]' },
  { scenario: 'fractional answer', scores: [1, 2.5], scale: 5, code: 'NOT_AN_INTEGER', field: 'scores[1]' },
  { scenario: 'Infinity', scores: [Number.NEGATIVE_INFINITY], scale: 5, code: 'NOT_A_NUMBER', field: 'scores[0]' },
  { scenario: 'a 1–10 scale', scores: [3], scale: 10, code: 'OUT_OF_RANGE', field: 'scale' },
  { scenario: 'a 1–6 scale', scores: [3], scale: 6, code: 'OUT_OF_RANGE', field: 'scale' },
  {
    scenario: 'a missing scale',
    scores: [3],
    scale: undefined as unknown as number,
    code: 'NOT_A_NUMBER',
    field: 'scale',
  },
];

const scaleAndAnswers = fc
  .constantFrom<CesScale>(5, 7)
  .chain((scale) =>
    fc.tuple(fc.constant(scale), fc.array(fc.integer({ min: 1, max: scale }), { minLength: 1, maxLength: 200 })),
  );

describe('ces', () => {
  it.each(workedExamples)('$scenario', ({ scores, scale, expected }) => {
    expect(ces(scores, scale)).toEqual(expected);
  });

  it.each(invalidInputs)('rejects $scenario with $code at $field', ({ scores, scale, code, field }) => {
    expect(() => ces(scores, scale as CesScale)).toThrow(
      expect.objectContaining({ name: 'DomainInputError', code, field }),
    );
  });

  it('keeps the mean on the scale and the counts adding up to n', () => {
    fc.assert(
      fc.property(scaleAndAnswers, ([scale, scores]) => {
        const result = ces(scores, scale);
        expect(result.score).toBeGreaterThanOrEqual(1);
        expect(result.score).toBeLessThanOrEqual(scale);
        expect(result.easy + result.neutral + result.difficult).toBe(result.n);
        expect(result.easyShare + result.difficultShare).toBeLessThanOrEqual(1);
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
          expect(ces(shuffled, scale)).toEqual(ces(scores, scale));
        },
      ),
    );
  });
});
