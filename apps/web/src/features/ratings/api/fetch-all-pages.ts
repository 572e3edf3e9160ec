import type { Page } from '@outcome-atlas/contracts';

/** Follows `nextCursor` until the last page; for lists the page needs whole (the outcomes to rate, a respondent's ratings). */
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
