import { describe, expect, it } from 'vitest';
import { formatDifference, formatPValue, formatScore } from './format-score';
import { outcomeEvidenceHref } from './outcome-link';

describe('score display', () => {
  it.each([
    [12.25, '12.3'],
    [0.45, '0.5'],
    [10, '10.0'],
    [15.04999, '15.0'],
  ])('formatScore(%s) = %s', (value, expected) => expect(formatScore(value)).toBe(expected));

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

describe('outcomeEvidenceHref', () => {
  it('opens the outcome on the curation page', () => {
    expect(outcomeEvidenceHref('p1', '0b7e6a4e-3f4c-4f8e-9a57-2f1d1c9b8a10')).toBe('/projects/p1/outcomes?outcome=0b7e6a4e-3f4c-4f8e-9a57-2f1d1c9b8a10');
  });
});
