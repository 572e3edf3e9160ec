import type { Page } from '@outcome-atlas/contracts';
import { describe, expect, it } from 'vitest';
import { fetchAllPages } from './fetch-all-pages';

describe('fetchAllPages', () => {
  it('follows nextCursor page by page and keeps the order', async () => {
    const pages: Record<string, Page<number>> = {
      first: { items: [1, 2], nextCursor: 'b' },
      b: { items: [3], nextCursor: 'c' },
      c: { items: [4, 5], nextCursor: null },
    };
    const asked: (string | undefined)[] = [];
    const items = await fetchAllPages(async (cursor) => {
      asked.push(cursor);
      return pages[cursor ?? 'first']!;
    });
    expect(items).toEqual([1, 2, 3, 4, 5]);
    expect(asked).toEqual([undefined, 'b', 'c']);
  });

  it('stops after a single page without a cursor', async () => {
    let calls = 0;
    const items = await fetchAllPages(async () => {
      calls += 1;
      return { items: ['only'], nextCursor: null };
    });
    expect(items).toEqual(['only']);
    expect(calls).toBe(1);
  });

  it('passes a failed page on', async () => {
    await expect(fetchAllPages(() => Promise.reject(new Error('offline')))).rejects.toThrow('offline');
  });
});
