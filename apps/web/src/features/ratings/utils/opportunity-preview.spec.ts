import { describe, expect, it } from 'vitest';
import { type Answers, NO_ANSWERS, countsFromAggregate, formatOptionalScore, previewOpportunity, swapAnswers } from './opportunity-preview';

const answers = (importance: number | null, satisfaction: number | null): Answers => ({ importance, satisfaction });

describe('countsFromAggregate', () => {
  it('recovers the top-two-box counts from the 0..10 scores', () => {
    // 6 of 10 answered 4 or 5 on importance, 3 of 8 on satisfaction.
    expect(countsFromAggregate({ importance: 6, nImportance: 10, satisfaction: 3.75, nSatisfaction: 8 })).toEqual({
      nImportance: 10,
      importantCount: 6,
      nSatisfaction: 8,
      satisfiedCount: 3,
    });
  });

  it('rounds away the floating-point error of thirds', () => {
    // 2 of 3: 10 × 2 / 3 = 6.666…, and 6.666… / 10 × 3 = 2.0000000000000004.
    expect(countsFromAggregate({ importance: (10 * 2) / 3, nImportance: 3, satisfaction: 10 / 3, nSatisfaction: 3 })).toMatchObject({ importantCount: 2, satisfiedCount: 1 });
  });

  it('an outcome nobody rated has no answers', () => {
    expect(countsFromAggregate(undefined)).toEqual({ nImportance: 0, importantCount: 0, nSatisfaction: 0, satisfiedCount: 0 });
  });
});

describe('swapAnswers', () => {
  const counts = { nImportance: 10, importantCount: 6, nSatisfaction: 10, satisfiedCount: 3 };

  it.each([
    { name: 'a first answer adds to n and, when 4 or 5, to the count', saved: NO_ANSWERS, pending: answers(5, 2), expected: { nImportance: 11, importantCount: 7, nSatisfaction: 11, satisfiedCount: 3 } },
    { name: 'changing 5 to 2 keeps n and drops the count', saved: answers(5, 2), pending: answers(2, 2), expected: { nImportance: 10, importantCount: 5, nSatisfaction: 10, satisfiedCount: 3 } },
    { name: 'changing 3 to 4 keeps n and raises the count', saved: answers(3, 3), pending: answers(4, 4), expected: { nImportance: 10, importantCount: 7, nSatisfaction: 10, satisfiedCount: 4 } },
    { name: 'clearing an answer removes it from n', saved: answers(4, 1), pending: answers(null, 1), expected: { nImportance: 9, importantCount: 5, nSatisfaction: 10, satisfiedCount: 3 } },
    { name: 'the same answer changes nothing', saved: answers(4, 5), pending: answers(4, 5), expected: counts },
  ])('$name', ({ saved, pending, expected }) => {
    expect(swapAnswers(counts, saved, pending)).toEqual(expected);
  });

  it('never goes below zero when the aggregate is older than the saved answer', () => {
    expect(swapAnswers({ nImportance: 0, importantCount: 0, nSatisfaction: 0, satisfiedCount: 0 }, answers(5, 5), NO_ANSWERS)).toEqual({
      nImportance: 0,
      importantCount: 0,
      nSatisfaction: 0,
      satisfiedCount: 0,
    });
  });
});

describe('previewOpportunity (hand-computed)', () => {
  it('swaps this respondent’s saved 5/2 for a pending 2/5', () => {
    // importance: (6 − 1) of 10 = 5.0; satisfaction: (3 + 1) of 10 = 4.0; opportunity 5 + (5 − 4) = 6.0.
    const preview = previewOpportunity({ importance: 6, nImportance: 10, satisfaction: 3, nSatisfaction: 10 }, answers(5, 2), answers(2, 5));
    expect(preview).toEqual({ importance: 5, satisfaction: 4, opportunity: 6, zone: 'served', nImportance: 10, nSatisfaction: 10 });
  });

  it('a first respondent rating 5 and 1 makes an extreme opportunity', () => {
    // importance 1 of 1 = 10; satisfaction 0 of 1 = 0; opportunity 10 + 10 = 20.
    expect(previewOpportunity(undefined, NO_ANSWERS, answers(5, 1))).toEqual({ importance: 10, satisfaction: 0, opportunity: 20, zone: 'extreme', nImportance: 1, nSatisfaction: 1 });
  });

  it('adds a new respondent to four others: high opportunity', () => {
    // importance (3 + 1) of 5 = 8.0; satisfaction (1 + 0) of 5 = 2.0; opportunity 8 + 6 = 14 (12..15 is high).
    const preview = previewOpportunity({ importance: 7.5, nImportance: 4, satisfaction: 2.5, nSatisfaction: 4 }, NO_ANSWERS, answers(4, 2));
    expect(preview).toMatchObject({ importance: 8, satisfaction: 2, opportunity: 14, zone: 'high', nImportance: 5, nSatisfaction: 5 });
  });

  it('satisfaction above importance is over-served', () => {
    // importance 1 of 4 = 2.5; satisfaction 3 of 4 = 7.5; opportunity 2.5 + 0 = 2.5.
    const preview = previewOpportunity({ importance: 10 / 3, nImportance: 3, satisfaction: 10 * (2 / 3), nSatisfaction: 3 }, NO_ANSWERS, answers(1, 5));
    expect(preview).toMatchObject({ importance: 2.5, satisfaction: 7.5, opportunity: 2.5, zone: 'overserved' });
  });

  it('with importance only there is no opportunity yet', () => {
    expect(previewOpportunity(undefined, NO_ANSWERS, answers(5, null))).toEqual({
      importance: 10,
      satisfaction: null,
      opportunity: null,
      zone: null,
      nImportance: 1,
      nSatisfaction: 0,
    });
  });

  it('clearing the only answers leaves nothing to score', () => {
    expect(previewOpportunity({ importance: 10, nImportance: 1, satisfaction: 10, nSatisfaction: 1 }, answers(4, 4), NO_ANSWERS)).toBeNull();
  });
});

describe('formatOptionalScore', () => {
  it.each([
    [6, '6.0'],
    [(10 * 2) / 3, '6.7'],
    [1.25, '1.3'],
    [null, '—'],
  ] as const)('%s → %s', (value, text) => {
    expect(formatOptionalScore(value)).toBe(text);
  });
});
