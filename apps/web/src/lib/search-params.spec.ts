import { describe, expect, it } from 'vitest';
import { writeSearchParams } from './search-params';

describe('writeSearchParams', () => {
  it('sets values, removes empty ones and leaves the rest alone', () => {
    const previous = new URLSearchParams('status=misses&level=journey&tab=list');
    const next = writeSearchParams(previous, { type: 'nps', status: null, level: '', tab: undefined });
    expect(next.toString()).toBe('tab=list&type=nps');
    expect(previous.toString()).toBe('status=misses&level=journey&tab=list');
  });
});
