import { describe, expect, it } from 'vitest';
import { roundScore } from './score-rounding.js';

describe('roundScore', () => {
  it.each([
    { scenario: 'a half rounds up', value: 1.25, expected: 1.3 },
    { scenario: '1.35 is stored as 1.350000…0888 and still rounds up', value: 1.35, expected: 1.4 },
    { scenario: '4.35 is stored as 4.349999…6447 but rounds as written', value: 4.35, expected: 4.4 },
    { scenario: 'a sum landing just below a half (0.15 × 3 = 0.44999999999999996)', value: 0.15 * 3, expected: 0.5 },
    { scenario: 'a sum landing just above a whole (7.4 + 4.6000000000000005)', value: 7.4 + (7.4 - 2.8), expected: 12 },
    { scenario: 'below a half rounds down', value: 7.249, expected: 7.2 },
    { scenario: 'negative halves round away from zero', value: -1.25, expected: -1.3 },
    { scenario: 'negative 1.35 rounds away from zero', value: -1.35, expected: -1.4 },
    { scenario: 'the top of the opportunity scale', value: 19.95, expected: 20 },
    { scenario: 'zero', value: 0, expected: 0 },
    { scenario: 'one third', value: 10 / 3, expected: 3.3 },
  ])('$scenario', ({ value, expected }) => {
    expect(roundScore(value)).toBe(expected);
  });

  it('returns 0, not -0, for a tiny negative difference', () => {
    expect(Object.is(roundScore(-0.04), 0)).toBe(true);
  });

  it.each([
    { scenario: 'NaN', value: Number.NaN },
    { scenario: 'Infinity', value: Number.POSITIVE_INFINITY },
    { scenario: '-Infinity', value: Number.NEGATIVE_INFINITY },
  ])('rejects $scenario', ({ value }) => {
    expect(() => roundScore(value)).toThrow(expect.objectContaining({ name: 'DomainInputError', code: 'NOT_A_NUMBER', field: 'value' }));
  });
});
