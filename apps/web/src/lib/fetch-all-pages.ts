import type { Page } from '@outcome-atlas/contracts';

/** The API's largest page, for lists a page needs whole. */
export const ALL_PAGES_SIZE = 200;

/** Follows `nextCursor` until the last page; for lists a page needs whole (the outcomes to rate or link, a KPI's values). */
export async function fetchAllPages<T>(fetchPage: (cursor: string | undefined) => Promise<Page<T>>): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await fetchPage(cursor);
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined);
  return items;
}
