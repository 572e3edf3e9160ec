import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { topTwoBox } from './top-two-box.js';

describe('topTwoBox', () => {
  it.each([
    { scenario: 'every answer is 4 or 5', ratings: [4, 5, 5, 4], scale: 5, expected: 10 }, // 4/4 × 10
    { scenario: 'no answer reaches the top two boxes', ratings: [1, 2, 3, 3], scale: 5, expected: 0 }, // 0/4 × 10
    { scenario: 'half the answers are top-two-box', ratings: [1, 4, 3, 5], scale: 5, expected: 5 }, // 2/4 × 10
    { scenario: 'a 3 is neutral, not top-two-box', ratings: [3, 3, 3, 4], scale: 5, expected: 2.5 }, // 1/4 × 10
    { scenario: 'one in three keeps full precision', ratings: [5, 2, 2], scale: 5, expected: 10 / 3 }, // 1/3 × 10 = 3.333…
    { scenario: 'a single answer', ratings: [4], scale: 5, expected: 10 },
    { scenario: '7-point scale counts 6 and 7', ratings: [6, 7, 5, 1], scale: 7, expected: 5 }, // 2/4 × 10
  ])('$scenario', ({ ratings, scale, expected }) => {
    expect(topTwoBox(ratings, scale)).toBe(expected);
  });

  it('defaults to the 1–5 scale', () => {
    expect(topTwoBox([4, 1])).toBe(5);
  });

  it.each([
    { scenario: 'no ratings', ratings: [], scale: 5, code: 'EMPTY_INPUT', field: 'ratings' },
    { scenario: 'NaN', ratings: [4, Number.NaN], scale: 5, code: 'NOT_A_NUMBER', field: 'ratings[1]' },
    { scenario: 'Infinity', ratings: [Number.POSITIVE_INFINITY], scale: 5, code: 'NOT_A_NUMBER', field: 'ratings[0]' },
    { scenario: '0 on a 1–5 scale', ratings: [4, 4, 0], scale: 5, code: 'OUT_OF_RANGE', field: 'ratings[2]' },
    { scenario: '6 on a 1–5 scale', ratings: [6], scale: 5, code: 'OUT_OF_RANGE', field: 'ratings[0]' },
    { scenario: 'a fractional rating', ratings: [3.5], scale: 5, code: 'NOT_AN_INTEGER', field: 'ratings[0]' },
    { scenario: 'a fractional scale', ratings: [4], scale: 4.5, code: 'NOT_AN_INTEGER', field: 'scale' },
    { scenario: 'a 2-point scale', ratings: [2], scale: 2, code: 'OUT_OF_RANGE', field: 'scale' },
    { scenario: 'a NaN scale', ratings: [4], scale: Number.NaN, code: 'NOT_A_NUMBER', field: 'scale' },
  ])('rejects $scenario', ({ ratings, scale, code, field }) => {
    expect(() => topTwoBox(ratings, scale)).toThrow(expect.objectContaining({ name: 'DomainInputError', code, field }));
  });

  it('is the top-two-box share times ten, within 0..10', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1 }), (ratings) => {
        const score = topTwoBox(ratings);
        expect(score).toBe((10 * ratings.filter((rating) => rating >= 4).length) / ratings.length);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(10);
      }),
    );
  });
});
