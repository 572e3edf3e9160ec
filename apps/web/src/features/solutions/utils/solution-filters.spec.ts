import { describe, expect, it } from 'vitest';
import { parseStatusFilter, writeStatusFilter } from './solution-filters';

describe('the solution status filter in the URL', () => {
  it.each([
    { search: '', expected: null },
    { search: 'status=shipped', expected: 'shipped' },
    { search: 'status=bogus', expected: null },
  ])('reads "$search"', ({ search, expected }) => {
    expect(parseStatusFilter(new URLSearchParams(search))).toBe(expected);
  });

  it('writes the status, leaving other parameters alone and "all" out', () => {
    const next = writeStatusFilter(new URLSearchParams('x=1'), 'idea');
    expect(next.toString()).toBe('x=1&status=idea');
    expect(writeStatusFilter(next, null).toString()).toBe('x=1');
  });
});
