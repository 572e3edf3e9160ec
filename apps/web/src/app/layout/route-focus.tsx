import { VisuallyHidden } from '@mantine/core';
import { useLayoutEffect, useRef, useState } from 'react';
import { useLocation, useNavigationType } from 'react-router';

/** How long to wait for a page that is still loading to show its heading. */
const HEADING_TIMEOUT_MS = 5_000;

/**
 * After an in-app navigation to another page, moves keyboard focus to the page's main heading (`main h1`,
 * rendered with tabIndex -1) or, until it appears, the main landmark, and announces the new document.title.
 * The first page load and query-string changes (e.g. typing a search, which updates `?q=`) leave focus alone.
 */
export function RouteFocus() {
  const { pathname } = useLocation();
  const navigationType = useNavigationType();
  const previousPathname = useRef<string | null>(null);
  const [announcement, setAnnouncement] = useState('');

  useLayoutEffect(() => {
    const previous = previousPathname.current;
    previousPathname.current = pathname;
    if (previous === null || previous === pathname || !userHasInteracted()) return;
    // A new page starts at the top; back and forward keep the browser's position.
    if (navigationType !== 'POP') window.scrollTo(0, 0);
    return focusPageHeading(() => setAnnouncement(document.title));
  }, [pathname, navigationType]);

  return (
    <VisuallyHidden role="status" aria-live="polite" aria-atomic="true">
      {announcement}
    </VisuallyHidden>
  );
}

/**
 * Redirects during the first load (e.g. `/` to the last workspace) are not the user's navigation. Browsers
 * without the User Activation API treat every navigation after the first page as the user's.
 */
function userHasInteracted(): boolean {
  return navigator.userActivation?.hasBeenActive ?? true;
}

/** Focuses the page heading now or once it renders; calls `settled` when done. Returns a cancel function. */
function focusPageHeading(settled: () => void): () => void {
  const startedOn = document.activeElement;
  let placeholder: Element | null = null;
  // Focus that is still where the navigation left it, or on our placeholder, may be moved; anything else is the user's.
  const mayMoveFocus = () => {
    const active = document.activeElement;
    return active === null || active === document.body || active === startedOn || active === placeholder || !active.isConnected;
  };
  const tryHeading = (): boolean => {
    const heading = document.querySelector<HTMLElement>('main h1[tabindex="-1"]');
    if (!heading) return false;
    if (mayMoveFocus()) heading.focus({ preventScroll: true });
    return true;
  };

  if (tryHeading()) {
    settled();
    return () => {};
  }
  const main = document.querySelector<HTMLElement>('main[tabindex="-1"]');
  if (main) {
    main.focus({ preventScroll: true });
    placeholder = main;
  }
  const finish = () => {
    observer.disconnect();
    window.clearTimeout(timeout);
    settled();
  };
  const observer = new MutationObserver(() => {
    if (tryHeading() || !mayMoveFocus()) finish();
  });
  observer.observe(document.body, { childList: true, subtree: true });
  const timeout = window.setTimeout(finish, HEADING_TIMEOUT_MS);
  return () => {
    observer.disconnect();
    window.clearTimeout(timeout);
  };
}
