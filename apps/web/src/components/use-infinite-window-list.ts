import { defaultRangeExtractor, type Range, useWindowVirtualizer, type VirtualItem } from '@tanstack/react-virtual';
import { type FocusEvent, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';

/** The slice of an infinite query's result the list needs to load pages as the user scrolls. */
export type NextPageState = {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  /** A failed page is not retried automatically; the "Load more" button stays as the way to retry. */
  isFetchNextPageError: boolean;
  /** True while placeholder rows from the previous filters are shown. */
  isPlaceholderData?: boolean;
  fetchNextPage: () => unknown;
};

type InfiniteWindowListOptions = {
  count: number;
  estimateSize: (index: number) => number;
  getItemKey: (index: number) => string;
  pages: NextPageState;
  /** Load the next page once a row this close to the end is rendered (overscan included). */
  threshold?: number;
  overscan?: number;
};

const INDEX_ATTRIBUTE = 'data-index';

/**
 * Virtualizes a list that scrolls with the window: only the rows near the viewport are in the DOM.
 * Rows are measured after render (`measureElement`), so they may have any height. When a row near the end
 * is rendered the next page is fetched. The row holding keyboard focus stays rendered while it scrolls out
 * of view, so focus is never dropped onto the body.
 *
 * Give the list element `listRef`, `focusHandlers` and the total height; give each row `data-index` and
 * `ref={virtualizer.measureElement}`, and place it at `offsetOf(item)`.
 */
export function useInfiniteWindowList({ count, estimateSize, getItemKey, pages, threshold = 5, overscan = 6 }: InfiniteWindowListOptions) {
  const listElement = useRef<HTMLElement | null>(null);
  const focusedIndex = useRef<number | null>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  const listRef = useCallback((element: HTMLElement | null) => {
    listElement.current = element;
  }, []);

  // The list starts below the page header and filters; the virtualizer needs that offset in page coordinates.
  useLayoutEffect(() => {
    const list = listElement.current;
    if (!list) return;
    const top = documentTop(list);
    if (top !== scrollMargin) setScrollMargin(top);
  });

  const rangeExtractor = useCallback((range: Range) => {
    const indexes = defaultRangeExtractor(range);
    const focused = focusedIndex.current;
    if (focused === null || focused >= range.count || indexes.includes(focused)) return indexes;
    return [...indexes, focused].sort((a, b) => a - b);
  }, []);

  const virtualizer = useWindowVirtualizer<HTMLElement>({ count, estimateSize, getItemKey, overscan, scrollMargin, rangeExtractor, indexAttribute: INDEX_ATTRIBUTE });
  const virtualItems = virtualizer.getVirtualItems();
  const lastIndex = virtualItems.at(-1)?.index ?? -1;

  const { hasNextPage, isFetchingNextPage, isFetchNextPageError, isPlaceholderData = false, fetchNextPage } = pages;
  useEffect(() => {
    if (lastIndex < 0 || lastIndex < count - 1 - threshold) return;
    if (!hasNextPage || isFetchingNextPage || isFetchNextPageError || isPlaceholderData) return;
    void fetchNextPage();
  }, [lastIndex, count, threshold, hasNextPage, isFetchingNextPage, isFetchNextPageError, isPlaceholderData, fetchNextPage]);

  const focusHandlers = {
    onFocus: (event: FocusEvent<HTMLElement>) => {
      const row = event.target.closest(`[${INDEX_ATTRIBUTE}]`);
      focusedIndex.current = row ? Number(row.getAttribute(INDEX_ATTRIBUTE)) : null;
    },
    onBlur: (event: FocusEvent<HTMLElement>) => {
      if (!(event.relatedTarget instanceof Node) || !event.currentTarget.contains(event.relatedTarget)) focusedIndex.current = null;
    },
  };

  return {
    listRef,
    virtualizer,
    virtualItems,
    totalSize: virtualizer.getTotalSize(),
    /** Where a row starts inside the list element. */
    offsetOf: (item: VirtualItem) => item.start - scrollMargin,
    focusHandlers,
  };
}

/** The element's distance from the top of the document, whatever the scroll position. */
function documentTop(element: HTMLElement): number {
  let top = 0;
  for (let node: Element | null = element; node instanceof HTMLElement; node = node.offsetParent) top += node.offsetTop;
  return top;
}
