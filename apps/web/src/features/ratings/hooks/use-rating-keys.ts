import type { Shortcut } from '../../../components/shortcuts-modal';
import type { KeyboardEvent } from 'react';
import { isTextEntry } from '../../../lib/text-entry';
import type { Question } from '../utils/rating-answers';

export type RatingCommand =
  | { kind: 'move'; to: 'next' | 'previous' | 'first' | 'last' }
  | { kind: 'answer'; value: 1 | 2 | 3 | 4 | 5 }
  | { kind: 'clear' }
  | { kind: 'question'; question: Question }
  | { kind: 'help' };

const MOVES: Record<string, 'next' | 'previous' | 'first' | 'last'> = { j: 'next', ArrowDown: 'next', k: 'previous', ArrowUp: 'previous', Home: 'first', End: 'last' };
const VALUES: Record<string, 1 | 2 | 3 | 4 | 5> = { '1': 1, '2': 2, '3': 3, '4': 4, '5': 5 };

/** The shortcuts as the legend shows them, in this order. */
export const RATING_SHORTCUTS: Shortcut[] = [
  { keys: ['j', '↓'], description: 'Next outcome' },
  { keys: ['k', '↑'], description: 'Previous outcome' },
  { keys: ['1', '…', '5'], description: 'Answer the active question (importance, then satisfaction; then on to the next outcome)' },
  { keys: ['i'], description: 'Switch to importance' },
  { keys: ['s'], description: 'Switch to satisfaction' },
  { keys: ['Tab'], description: 'Importance → satisfaction (Shift+Tab goes back); from satisfaction Tab leaves the list' },
  { keys: ['Backspace', '0'], description: 'Clear the active answer' },
  { keys: ['?'], description: 'Show these shortcuts' },
];

type KeyLike = Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey' | 'target' | 'currentTarget'>;

/**
 * The command a key press stands for in the rating list, or null to leave the key alone. Tab only switches
 * questions when the focus is on the row itself and there is a question to switch to, so Tab never traps
 * the focus in the list.
 */
export function ratingCommand(event: KeyLike, question: Question): RatingCommand | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  if (isTextEntry(event.target)) return null;
  const { key } = event;
  if (key === 'Tab') {
    const onRow = event.target instanceof HTMLElement && event.target.hasAttribute('data-rating-row');
    if (!onRow) return null;
    if (!event.shiftKey && question === 'importance') return { kind: 'question', question: 'satisfaction' };
    if (event.shiftKey && question === 'satisfaction') return { kind: 'question', question: 'importance' };
    return null;
  }
  const move = MOVES[key];
  if (move) return { kind: 'move', to: move };
  const value = VALUES[key];
  if (value) return { kind: 'answer', value };
  if (key === 'Backspace' || key === 'Delete' || key === '0') return { kind: 'clear' };
  if (key === 'i' || key === 'I') return { kind: 'question', question: 'importance' };
  if (key === 's' || key === 'S') return { kind: 'question', question: 'satisfaction' };
  if (key === '?') return { kind: 'help' };
  return null;
}

export type RatingKeyHandlers = {
  count: number;
  activeIndex: number | null;
  question: Question;
  readOnly: boolean;
  /** Make this row active (and focus it); the question goes back to importance. */
  onActivate: (index: number) => void;
  onQuestion: (question: Question) => void;
  onAnswer: (index: number, question: Question, value: number | null) => void;
  onHelp: () => void;
};

function moveTarget(current: number | null, to: 'next' | 'previous' | 'first' | 'last', count: number): number | null {
  if (count === 0) return null;
  if (to === 'first') return 0;
  if (to === 'last' || (current !== null && current >= count)) return count - 1;
  if (current === null) return 0;
  return Math.min(count - 1, Math.max(0, to === 'next' ? current + 1 : current - 1));
}

/**
 * One keydown handler for the rating list: a digit answers the active question; after importance comes
 * satisfaction, after satisfaction the next outcome.
 */
export function useRatingKeys({ count, activeIndex, question, readOnly, onActivate, onQuestion, onAnswer, onHelp }: RatingKeyHandlers) {
  return (event: KeyboardEvent<HTMLElement>) => {
    const command = ratingCommand(event, question);
    if (command === null) return;
    if (command.kind === 'help') {
      event.preventDefault();
      onHelp();
      return;
    }
    if (command.kind === 'move') {
      event.preventDefault();
      const next = moveTarget(activeIndex, command.to, count);
      if (next !== null) onActivate(next);
      return;
    }
    if (command.kind === 'question') {
      event.preventDefault();
      onQuestion(command.question);
      return;
    }
    if (activeIndex === null || readOnly) return;
    event.preventDefault();
    if (command.kind === 'clear') {
      onAnswer(activeIndex, question, null);
      return;
    }
    onAnswer(activeIndex, question, command.value);
    if (question === 'importance') onQuestion('satisfaction');
    else if (activeIndex < count - 1) onActivate(activeIndex + 1);
    else onQuestion('importance');
  };
}
