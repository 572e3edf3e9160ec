import { describe, expect, it } from 'vitest';
import { formatDifference, formatPValue } from './format-score';

describe('score display', () => {
  it.each([
    [2.25, '+2.3'],
    [-1.44, '−1.4'],
    [0.04, '0.0'],
    [-0.04, '0.0'],
  ])('formatDifference(%s) = %s', (value, expected) => expect(formatDifference(value)).toBe(expected));

  it.each([
    [0.0004, 'p < 0.001'],
    [0.0164, 'p = 0.016'],
    [1, 'p = 1.000'],
  ])('formatPValue(%s) = %s', (value, expected) => expect(formatPValue(value)).toBe(expected));
});
