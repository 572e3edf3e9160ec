import type { Shortcut } from '../../../components/shortcuts-modal';
import type { KeyboardEvent } from 'react';
import { isTextEntry } from '../../../lib/text-entry';

export type TriageCommand = 'next' | 'previous' | 'first' | 'last' | 'accept' | 'reject' | 'edit' | 'toggle' | 'open' | 'help';

const KEY_COMMANDS: Record<string, TriageCommand> = {
  j: 'next',
  ArrowDown: 'next',
  k: 'previous',
  ArrowUp: 'previous',
  Home: 'first',
  End: 'last',
  a: 'accept',
  r: 'reject',
  e: 'edit',
  x: 'toggle',
  Enter: 'open',
  '?': 'help',
};

/** The shortcuts as the legend shows them, in this order. */
export const TRIAGE_SHORTCUTS: Shortcut[] = [
  { keys: ['j', '↓'], description: 'Next outcome' },
  { keys: ['k', '↑'], description: 'Previous outcome' },
  { keys: ['a'], description: 'Accept' },
  { keys: ['r'], description: 'Reject' },
  { keys: ['e'], description: 'Edit the statement' },
  { keys: ['x'], description: 'Select or unselect' },
  { keys: ['Enter'], description: 'Open the details and history' },
  { keys: ['?'], description: 'Show these shortcuts' },
];

type KeyLike = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'target'>;

/** The command a key press stands for, or null when it is not a triage shortcut here. */
export function triageCommand(event: KeyLike): TriageCommand | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  if (isTextEntry(event.target)) return null;
  // Enter on a button or link inside the row keeps its own meaning.
  if (event.key === 'Enter' && event.target instanceof HTMLElement && event.target.closest('button, a, input') !== null) return null;
  return KEY_COMMANDS[event.key] ?? null;
}

/** The active row after a move; stays within 0..count-1 (null when the list is empty). */
export function moveActive(current: number | null, command: 'next' | 'previous' | 'first' | 'last', count: number): number | null {
  if (count === 0) return null;
  const last = count - 1;
  if (command === 'first') return 0;
  if (command === 'last') return last;
  if (current === null) return 0;
  const next = command === 'next' ? current + 1 : current - 1;
  return Math.min(last, Math.max(0, next));
}

export type TriageHandlers = {
  count: number;
  activeIndex: number | null;
  onActivate: (index: number) => void;
  onCommand: (command: Exclude<TriageCommand, 'next' | 'previous' | 'first' | 'last'>, index: number | null) => void;
};

/** One keydown handler for the list: j/k (and arrows) move the active row, the other keys act on it. */
export function useTriageKeys({ count, activeIndex, onActivate, onCommand }: TriageHandlers) {
  return (event: KeyboardEvent<HTMLElement>) => {
    const command = triageCommand(event);
    if (command === null) return;
    event.preventDefault();
    if (command === 'next' || command === 'previous' || command === 'first' || command === 'last') {
      const next = moveActive(activeIndex, command, count);
      if (next !== null) onActivate(next);
      return;
    }
    onCommand(command, activeIndex);
  };
}
