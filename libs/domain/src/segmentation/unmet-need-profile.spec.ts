import { describe, expect, it } from 'vitest';
import { parseRatingMatrix, type RatingMatrix } from './rating-matrix.js';
import { buildUnmetNeedProfiles, unmetNeed } from './unmet-need-profile.js';

describe('unmetNeed', () => {
  const cases = [
    { scenario: 'critical and unsatisfied', importance: 5, satisfaction: 1, expected: 1 },
    { scenario: 'critical and fully satisfied', importance: 5, satisfaction: 5, expected: 0 },
    { scenario: 'unimportant and unsatisfied', importance: 1, satisfaction: 1, expected: 0 },
    { scenario: 'neutral on both', importance: 3, satisfaction: 3, expected: 0.25 },
    { scenario: 'important, somewhat satisfied', importance: 4, satisfaction: 2, expected: 0.5625 },
    { scenario: 'fractional (imputed) answers', importance: 4.5, satisfaction: 1.5, expected: 0.875 * 0.875 },
  ];

  it.each(cases)('$scenario → $expected', ({ importance, satisfaction, expected }) => {
    expect(unmetNeed(importance, satisfaction)).toBeCloseTo(expected, 12);
  });
});

describe('buildUnmetNeedProfiles', () => {
  const profile = (matrix: RatingMatrix): number[][] => {
    const { values, rows, columns } = buildUnmetNeedProfiles(parseRatingMatrix(matrix));
    return Array.from({ length: rows }, (_, r) => Array.from(values.subarray(r * columns, (r + 1) * columns)));
  };

  const cases: { scenario: string; ratings: RatingMatrix['ratings']; expected: number[][] }[] = [
    {
      scenario: 'complete answers map cell by cell',
      ratings: [[{ importance: 5, satisfaction: 1 }, { importance: 1, satisfaction: 5 }]],
      expected: [[1, 0]],
    },
    {
      scenario: 'missing satisfaction takes the column mean of the answers given (1 and 3 → 2)',
      ratings: [
        [{ importance: 5, satisfaction: 1 }],
        [{ importance: 5, satisfaction: 3 }],
        [{ importance: 5 }],
      ],
      expected: [[1], [0.5], [0.75]],
    },
    {
      scenario: 'a missing cell (null) imputes both answers',
      ratings: [[{ importance: 5, satisfaction: 1 }], [{ importance: 3, satisfaction: 3 }], [null]],
      expected: [[1], [0.25], [unmetNeed(4, 2)]],
    },
    {
      scenario: 'an outcome nobody answered falls back to the scale midpoint',
      ratings: [[undefined], [{}]],
      expected: [[0.25], [0.25]],
    },
    {
      scenario: 'null answers count as missing',
      ratings: [[{ importance: 4, satisfaction: 2 }], [{ importance: 2, satisfaction: null as unknown as undefined }]],
      expected: [[unmetNeed(4, 2)], [unmetNeed(2, 2)]],
    },
  ];

  it.each(cases)('$scenario', ({ ratings, expected }) => {
    const matrix: RatingMatrix = {
      respondentIds: ratings.map((_, r) => `r${r}`),
      outcomeIds: (ratings[0] ?? []).map((_, o) => `o${o}`),
      ratings,
    };
    const actual = profile(matrix);
    expected.forEach((row, r) => row.forEach((value, o) => expect(actual[r]?.[o]).toBeCloseTo(value, 12)));
  });
});
