import { VisuallyHidden } from '@mantine/core';
import type { Outcome } from '@outcome-atlas/contracts';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useInfiniteWindowList } from '../../../components/use-infinite-window-list';
import { useRatingKeys } from '../hooks/use-rating-keys';
import { type Answers, NO_ANSWERS, type PreviewScore } from '../utils/opportunity-preview';
import { QUESTION_LABELS, type Question } from '../utils/rating-answers';
import { RatingRowContent } from './rating-row';
import classes from './ratings.module.css';

const NO_MORE_PAGES = { hasNextPage: false, isFetchingNextPage: false, isFetchNextPageError: false, fetchNextPage: () => undefined };

type RatingListProps = {
  outcomes: Outcome[];
  answers: ReadonlyMap<string, Answers>;
  previewFor: (outcomeId: string) => PreviewScore | null | undefined;
  previewUnavailable: boolean;
  readOnly: boolean;
  onAnswer: (outcome: Outcome, question: Question, value: number | null) => void;
  onHelp: () => void;
};

const describe = (value: number | null) => (value === null ? 'not answered' : String(value));

/**
 * The virtualized list of outcomes to rate. The active row is the list's one tab stop; j/k and the arrows
 * move it, 1–5 answer the active question (importance, then satisfaction, then the next outcome).
 */
export function RatingList({ outcomes, answers, previewFor, previewUnavailable, readOnly, onAnswer, onHelp }: RatingListProps) {
  const [activeId, setActiveId] = useState<string | null>(null);
  const [question, setQuestion] = useState<Question>('importance');
  const [announcement, setAnnouncement] = useState('');
  const estimateSize = useCallback(() => 104, []);
  const getItemKey = useCallback((index: number) => outcomes[index]?.id ?? String(index), [outcomes]);
  const list = useInfiniteWindowList({ count: outcomes.length, estimateSize, getItemKey, pages: NO_MORE_PAGES });
  const listElement = useRef<HTMLUListElement | null>(null);
  const pendingFocus = useRef<number | null>(null);
  const foundIndex = activeId === null ? -1 : outcomes.findIndex((outcome) => outcome.id === activeId);
  const activeIndex = foundIndex >= 0 ? foundIndex : null;
  const tabStop = activeIndex ?? 0;

  const { listRef, virtualizer } = list;
  const setListRef = useCallback(
    (element: HTMLUListElement | null) => {
      listElement.current = element;
      listRef(element);
    },
    [listRef],
  );

  const focusRow = useCallback((index: number, attempt = 0) => {
    const row = listElement.current?.querySelector<HTMLElement>(`[data-index="${index}"]`);
    if (row) {
      row.focus({ preventScroll: false });
      pendingFocus.current = null;
      return;
    }
    if (attempt < 10) requestAnimationFrame(() => focusRow(index, attempt + 1));
  }, []);

  useEffect(() => {
    const index = pendingFocus.current;
    if (index === null) return;
    virtualizer.scrollToIndex(index, { align: 'auto' });
    focusRow(index);
  }, [activeIndex, virtualizer, focusRow]);

  const activate = (index: number) => {
    const outcome = outcomes[index];
    if (!outcome) return;
    pendingFocus.current = index;
    setQuestion('importance');
    if (index === activeIndex) focusRow(index);
    setActiveId(outcome.id);
  };

  const answer = (outcome: Outcome, name: Question, value: number | null) => {
    onAnswer(outcome, name, value);
    setAnnouncement(`${outcome.key}: ${QUESTION_LABELS[name].toLowerCase()} ${value === null ? 'cleared' : value}`);
  };

  const onKeyDown = useRatingKeys({
    count: outcomes.length,
    activeIndex,
    question,
    readOnly,
    onActivate: activate,
    onQuestion: setQuestion,
    onAnswer: (index, name, value) => {
      const outcome = outcomes[index];
      if (outcome) answer(outcome, name, value);
    },
    onHelp,
  });

  return (
    <>
      <ul
        ref={setListRef}
        aria-label="Outcomes to rate"
        aria-keyshortcuts="j k 1 2 3 4 5 i s Backspace ?"
        onKeyDown={onKeyDown}
        {...list.focusHandlers}
        style={{ listStyle: 'none', padding: 0, margin: 0, position: 'relative', height: list.totalSize }}
      >
        {list.virtualItems.map((row) => {
          const outcome = outcomes[row.index];
          if (!outcome) return null;
          const active = row.index === activeIndex;
          const given = answers.get(outcome.id) ?? NO_ANSWERS;
          return (
            <li
              key={row.key}
              data-index={row.index}
              data-outcome-id={outcome.id}
              data-rating-row=""
              ref={virtualizer.measureElement}
              className={classes.row}
              tabIndex={row.index === tabStop ? 0 : -1}
              aria-current={active ? 'true' : undefined}
              aria-label={`${outcome.key}: ${outcome.statement}. Importance ${describe(given.importance)}, satisfaction ${describe(given.satisfaction)}${active ? `; answering ${QUESTION_LABELS[question].toLowerCase()}` : ''}`}
              aria-setsize={outcomes.length}
              aria-posinset={row.index + 1}
              data-active={active || undefined}
              onFocus={(event) => {
                if (event.target === event.currentTarget && !active) {
                  setActiveId(outcome.id);
                  setQuestion('importance');
                }
              }}
              onClick={(event) => {
                // A click on the 1–5 buttons is handled by the scale (it picks the question itself).
                if (event.target instanceof HTMLElement && event.target.closest('button')) return;
                if (!active) {
                  setActiveId(outcome.id);
                  setQuestion('importance');
                }
                event.currentTarget.focus();
              }}
              style={{ position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${list.offsetOf(row)}px)`, paddingBottom: 'var(--mantine-spacing-xs)' }}
            >
              <RatingRowContent
                outcome={outcome}
                answers={given}
                question={active ? question : null}
                preview={previewFor(outcome.id)}
                previewUnavailable={previewUnavailable}
                readOnly={readOnly}
                onAnswer={(name, value) => {
                  setActiveId(outcome.id);
                  setQuestion(name === 'importance' && value !== null ? 'satisfaction' : name);
                  answer(outcome, name, value);
                }}
              />
            </li>
          );
        })}
      </ul>
      <VisuallyHidden role="status" aria-live="polite">
        {announcement}
      </VisuallyHidden>
    </>
  );
}
