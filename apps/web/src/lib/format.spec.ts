import { describe, expect, it } from 'vitest';
import { formatDay, formatScore } from './format';

describe('formatScore', () => {
  it.each([
    [12.25, '12.3'],
    [0.45, '0.5'],
    [10, '10.0'],
    [15.04999, '15.0'],
  ])('formatScore(%s) = %s', (value, expected) => expect(formatScore(value)).toBe(expected));
});

describe('formatDay', () => {
  it('formats a calendar date in UTC, so the day entered is the day shown', () => {
    expect(formatDay('2026-10-01')).toBe(new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.UTC(2026, 9, 1)));
  });

  it('shows text that is not a date as it is', () => {
    expect(formatDay('soon')).toBe('soon');
  });
});
