import { describe, expect, it } from 'vitest';
import { ratingCommand } from './use-rating-keys';

const row = Object.assign(document.createElement('li'), {});
row.setAttribute('data-rating-row', '');

const press = (key: string, options: Partial<{ shiftKey: boolean; ctrlKey: boolean; target: EventTarget }> = {}) => ({
  key,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  target: row,
  currentTarget: row,
  ...options,
});

describe('ratingCommand', () => {
  it('maps moves, answers, clearing, questions and help', () => {
    expect(['j', 'ArrowDown', 'k', 'ArrowUp', 'Home', 'End'].map((key) => ratingCommand(press(key), 'importance'))).toEqual([
      { kind: 'move', to: 'next' },
      { kind: 'move', to: 'next' },
      { kind: 'move', to: 'previous' },
      { kind: 'move', to: 'previous' },
      { kind: 'move', to: 'first' },
      { kind: 'move', to: 'last' },
    ]);
    expect(['1', '5'].map((key) => ratingCommand(press(key), 'importance'))).toEqual([
      { kind: 'answer', value: 1 },
      { kind: 'answer', value: 5 },
    ]);
    expect(ratingCommand(press('6'), 'importance')).toBeNull();
    expect(ratingCommand(press('Backspace'), 'importance')).toEqual({ kind: 'clear' });
    expect(ratingCommand(press('0'), 'satisfaction')).toEqual({ kind: 'clear' });
    expect(ratingCommand(press('s'), 'importance')).toEqual({ kind: 'question', question: 'satisfaction' });
    expect(ratingCommand(press('i'), 'satisfaction')).toEqual({ kind: 'question', question: 'importance' });
    expect(ratingCommand(press('?'), 'importance')).toEqual({ kind: 'help' });
  });

  it('Tab switches question on the row but never traps the focus', () => {
    expect(ratingCommand(press('Tab'), 'importance')).toEqual({ kind: 'question', question: 'satisfaction' });
    expect(ratingCommand(press('Tab'), 'satisfaction')).toBeNull();
    expect(ratingCommand(press('Tab', { shiftKey: true }), 'satisfaction')).toEqual({ kind: 'question', question: 'importance' });
    expect(ratingCommand(press('Tab', { shiftKey: true }), 'importance')).toBeNull();
    expect(ratingCommand(press('Tab', { target: document.createElement('button') }), 'importance')).toBeNull();
  });

  it('ignores text fields and modified keys', () => {
    expect(ratingCommand(press('3', { target: document.createElement('input') }), 'importance')).toBeNull();
    expect(ratingCommand(press('3', { ctrlKey: true }), 'importance')).toBeNull();
  });
});
