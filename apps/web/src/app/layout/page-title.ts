import { useLayoutEffect } from 'react';

export const APP_NAME = 'Outcome Atlas';

/** "Interviews · Month-end close · Outcome Atlas": the most specific part first; empty parts are left out. */
export function formatPageTitle(...parts: (string | null | undefined)[]): string {
  return [...parts.filter((part): part is string => Boolean(part?.trim())), APP_NAME].join(' · ');
}

/**
 * Sets document.title for the page. A layout effect, so the title is in place before the route announcer
 * reads it after a navigation.
 */
export function usePageTitle(...parts: (string | null | undefined)[]): void {
  const title = formatPageTitle(...parts);
  useLayoutEffect(() => {
    document.title = title;
  }, [title]);
}
