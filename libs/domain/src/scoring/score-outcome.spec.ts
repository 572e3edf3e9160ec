import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OutcomeRating } from './outcome-score.js';
import { scoreFromCounts } from './score-from-counts.js';
import { scoreOutcome } from './score-outcome.js';

describe('scoreOutcome', () => {
  it('counts missing answers only against the question left unanswered', () => {
    const ratings: OutcomeRating[] = [
      { importance: 5, satisfaction: 2 },
      { importance: 4, satisfaction: 4 },
      { importance: 3, satisfaction: 1 },
      { importance: 5 }, // satisfaction skipped
      { importance: null, satisfaction: 5 }, // importance skipped, as SQL/JSON deliver it
    ];
    // importance: answers 5, 4, 3, 5 → 3 of 4 top-two-box → 7.5
    // satisfaction: answers 2, 4, 1, 5 → 2 of 4 top-two-box → 5
    // opportunity: 7.5 + max(7.5 − 5, 0) = 10 → solid (the boundary itself)
    const score = scoreOutcome(ratings);
    expect(score).toMatchObject({ importance: 7.5, satisfaction: 5, opportunity: 10, nImportance: 4, nSatisfaction: 4, zone: 'solid' });
    expect(score.interval.lowSample).toBe(true);
    expect(score).toEqual(scoreFromCounts({ n: 5, nImportance: 4, importantCount: 3, nSatisfaction: 4, satisfiedCount: 2 }));
  });

  it.each([
    // 7-point scale: top two boxes are 6 and 7. importance 7, 6, 5 → 2/3; satisfaction 1, 7, 2 → 1/3
    { scenario: '7-point scale', ratings: [{ importance: 7, satisfaction: 1 }, { importance: 6, satisfaction: 7 }, { importance: 5, satisfaction: 2 }], scale: 7, importance: 20 / 3, satisfaction: 10 / 3 },
    // a null element is a respondent who answered neither question
    { scenario: 'a null respondent', ratings: [null as unknown as OutcomeRating, { importance: 4, satisfaction: 1 }], scale: 5, importance: 10, satisfaction: 0 },
  ])('$scenario', ({ ratings, scale, importance, satisfaction }) => {
    expect(scoreOutcome(ratings, scale)).toMatchObject({ importance, satisfaction });
  });

  it.each([
    { scenario: 'importance 0 on a 1–5 scale', ratings: [{ importance: 4 }, { importance: 0 }], code: 'OUT_OF_RANGE', field: 'ratings[1].importance' },
    { scenario: 'importance 6 on a 1–5 scale', ratings: [{ importance: 6 }], code: 'OUT_OF_RANGE', field: 'ratings[0].importance' },
    { scenario: 'satisfaction 3.5', ratings: [{ importance: 4, satisfaction: 3.5 }], code: 'NOT_AN_INTEGER', field: 'ratings[0].satisfaction' },
    { scenario: 'satisfaction NaN', ratings: [{ satisfaction: 4 }, { satisfaction: 4 }, { satisfaction: Number.NaN }], code: 'NOT_A_NUMBER', field: 'ratings[2].satisfaction' },
    { scenario: 'importance Infinity', ratings: [{ importance: Number.POSITIVE_INFINITY }], code: 'NOT_A_NUMBER', field: 'ratings[0].importance' },
    { scenario: 'importance -Infinity', ratings: [{ importance: Number.NEGATIVE_INFINITY }], code: 'NOT_A_NUMBER', field: 'ratings[0].importance' },
    { scenario: 'a rating sent as a string', ratings: [{ satisfaction: '4' as unknown as number }], code: 'NOT_A_NUMBER', field: 'ratings[0].satisfaction' },
    { scenario: 'a negative rating', ratings: [{ importance: -4 }], code: 'OUT_OF_RANGE', field: 'ratings[0].importance' },
    { scenario: 'a rating beyond 32-bit integers', ratings: [{ importance: 2 ** 40 }], code: 'OUT_OF_RANGE', field: 'ratings[0].importance' },
    { scenario: 'no ratings', ratings: [], code: 'EMPTY_INPUT', field: 'ratings' },
    { scenario: 'only unanswered questions', ratings: [{}, { importance: null, satisfaction: null }], code: 'EMPTY_INPUT', field: 'ratings' },
  ])('rejects $scenario', ({ ratings, code, field }) => {
    expect(() => scoreOutcome(ratings)).toThrow(expect.objectContaining({ name: 'DomainInputError', code, field }));
  });

  it.each([
    { scenario: 'a 2-point scale', scale: 2, code: 'OUT_OF_RANGE' },
    { scenario: 'a fractional scale', scale: 5.5, code: 'NOT_AN_INTEGER' },
    { scenario: 'a NaN scale', scale: Number.NaN, code: 'NOT_A_NUMBER' },
  ])('rejects $scenario', ({ scale, code }) => {
    expect(() => scoreOutcome([{ importance: 4 }], scale)).toThrow(expect.objectContaining({ name: 'DomainInputError', code, field: 'scale' }));
  });

  const answer = fc.oneof(fc.integer({ min: 1, max: 5 }), fc.constant(undefined), fc.constant(null));
  const rating: fc.Arbitrary<OutcomeRating> = fc.record({ importance: answer, satisfaction: answer });
  const answered = fc
    .array(rating, { minLength: 1, maxLength: 300 })
    .filter((ratings) => ratings.some((entry) => entry.importance != null || entry.satisfaction != null));

  it('equals scoreFromCounts of the same answers', () => {
    fc.assert(
      fc.property(answered, (ratings) => {
        const importance = ratings.map((entry) => entry.importance).filter((value) => value != null);
        const satisfaction = ratings.map((entry) => entry.satisfaction).filter((value) => value != null);
        const counts = {
          n: ratings.length,
          nImportance: importance.length,
          importantCount: importance.filter((value) => value >= 4).length,
          nSatisfaction: satisfaction.length,
          satisfiedCount: satisfaction.filter((value) => value >= 4).length,
        };
        expect(scoreOutcome(ratings)).toEqual(scoreFromCounts(counts));
      }),
    );
  });

  it('does not depend on the order of the answers', () => {
    fc.assert(
      fc.property(
        answered.chain((ratings) => fc.tuple(fc.constant(ratings), fc.shuffledSubarray(ratings, { minLength: ratings.length }))),
        ([ratings, shuffled]) => {
          expect(scoreOutcome(shuffled)).toEqual(scoreOutcome(ratings));
        },
      ),
    );
  });
});
