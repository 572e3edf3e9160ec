import type { Outcome } from '@outcome-atlas/contracts';
import { useCallback, useEffect, useRef } from 'react';
import { LoadMoreButton } from '../../../components/load-more-button';
import { type NextPageState, useInfiniteWindowList } from '../../../components/use-infinite-window-list';
import { type TriageCommand, useTriageKeys } from '../hooks/use-triage-keys';
import { OutcomeRowContent } from './outcome-row';
import classes from './outcomes.module.css';

export type RowCommand = Exclude<TriageCommand, 'next' | 'previous' | 'first' | 'last'>;

type OutcomesListProps = {
  items: Outcome[];
  pages: NextPageState & { isPlaceholderData: boolean };
  jobStepNames: Record<string, string>;
  activeId: string | null;
  onActiveChange: (outcomeId: string) => void;
  selectedIds: ReadonlySet<string>;
  canWrite: boolean;
  /** A shortcut or a row control; `outcome` is null when no row is active (only `help` then). */
  onCommand: (command: RowCommand, outcome: Outcome | null) => void;
};

/**
 * The virtualized outcome list with keyboard triage: the active row is the list's one tab stop; j/k and
 * the arrow keys move it, a/r/e/x/Enter act on it. Shortcuts are ignored while typing in a field.
 */
export function OutcomesList({ items, pages, jobStepNames, activeId, onActiveChange, selectedIds, canWrite, onCommand }: OutcomesListProps) {
  const estimateSize = useCallback(() => 112, []);
  const getItemKey = useCallback((index: number) => items[index]?.id ?? String(index), [items]);
  const list = useInfiniteWindowList({ count: items.length, estimateSize, getItemKey, pages });
  const listElement = useRef<HTMLUListElement | null>(null);
  const pendingFocus = useRef<number | null>(null);
  const foundIndex = activeId === null ? -1 : items.findIndex((item) => item.id === activeId);
  const activeIndex = foundIndex >= 0 ? foundIndex : null;
  const tabStop = activeIndex ?? 0;

  const { listRef } = list;
  const setListRef = useCallback(
    (element: HTMLUListElement | null) => {
      listElement.current = element;
      listRef(element);
    },
    [listRef],
  );

  const { virtualizer } = list;
  const focusRow = useCallback(
    (index: number, attempt = 0) => {
      const row = listElement.current?.querySelector<HTMLElement>(`[data-index="${index}"]`);
      if (row) {
        row.focus({ preventScroll: false });
        pendingFocus.current = null;
        return;
      }
      if (attempt < 10) requestAnimationFrame(() => focusRow(index, attempt + 1));
    },
    [],
  );

  useEffect(() => {
    const index = pendingFocus.current;
    if (index === null) return;
    virtualizer.scrollToIndex(index, { align: 'auto' });
    focusRow(index);
  }, [activeIndex, virtualizer, focusRow]);

  const onKeyDown = useTriageKeys({
    count: items.length,
    activeIndex,
    onActivate: (index) => {
      const outcome = items[index];
      if (!outcome) return;
      pendingFocus.current = index;
      if (index === activeIndex) focusRow(index);
      onActiveChange(outcome.id);
    },
    onCommand: (command, index) => onCommand(command, index === null ? null : (items[index] ?? null)),
  });

  const busy = pages.isPlaceholderData;
  const setSize = pages.hasNextPage ? -1 : items.length;

  return (
    <>
      <ul
        ref={setListRef}
        aria-label="Outcomes"
        aria-busy={busy}
        aria-keyshortcuts="j k a r e x Enter ?"
        onKeyDown={onKeyDown}
        {...list.focusHandlers}
        style={{ listStyle: 'none', padding: 0, margin: 0, position: 'relative', height: list.totalSize, opacity: busy ? 0.6 : 1 }}
      >
        {list.virtualItems.map((row) => {
          const outcome = items[row.index];
          if (!outcome) return null;
          const active = row.index === activeIndex;
          const selected = selectedIds.has(outcome.id);
          return (
            <li
              key={row.key}
              data-index={row.index}
              data-outcome-id={outcome.id}
              ref={virtualizer.measureElement}
              className={classes.row}
              tabIndex={row.index === tabStop ? 0 : -1}
              aria-current={active ? 'true' : undefined}
              aria-label={`${outcome.key}, ${outcome.status}${selected ? ', selected' : ''}: ${outcome.statement}`}
              aria-setsize={setSize}
              aria-posinset={row.index + 1}
              data-active={active || undefined}
              data-selected={selected || undefined}
              onFocus={(event) => {
                if (event.target === event.currentTarget && !active) onActiveChange(outcome.id);
              }}
              onClick={(event) => {
                if (!active) onActiveChange(outcome.id);
                if (event.target === event.currentTarget || !(event.target instanceof HTMLElement) || !event.target.closest('button, a, input, label')) event.currentTarget.focus();
              }}
              style={{ position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${list.offsetOf(row)}px)`, paddingBottom: 'var(--mantine-spacing-xs)' }}
            >
              <OutcomeRowContent
                outcome={outcome}
                jobStepName={outcome.jobStepId ? jobStepNames[outcome.jobStepId] : undefined}
                selected={selected}
                active={active}
                canWrite={canWrite}
                onToggle={() => onCommand('toggle', outcome)}
                onOpen={() => onCommand('open', outcome)}
                onEdit={() => onCommand('edit', outcome)}
              />
            </li>
          );
        })}
      </ul>
      <LoadMoreButton hasNextPage={pages.hasNextPage} isFetchingNextPage={pages.isFetchingNextPage} onLoadMore={() => void pages.fetchNextPage()} />
    </>
  );
}
