import { describe, expect, it } from 'vitest';
import { moveActive, triageCommand } from './use-triage-keys';

const key = (value: string, target: EventTarget = document.body, modifiers: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({
  key: value,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  target,
  ...modifiers,
});

describe('moveActive', () => {
  it.each([
    { name: 'j from nothing starts at the first row', current: null, command: 'next', count: 3, expected: 0 },
    { name: 'j moves down', current: 0, command: 'next', count: 3, expected: 1 },
    { name: 'j stops at the last row', current: 2, command: 'next', count: 3, expected: 2 },
    { name: 'k moves up', current: 2, command: 'previous', count: 3, expected: 1 },
    { name: 'k stops at the first row', current: 0, command: 'previous', count: 3, expected: 0 },
    { name: 'End goes to the last row', current: 0, command: 'last', count: 3, expected: 2 },
    { name: 'Home goes to the first row', current: 2, command: 'first', count: 3, expected: 0 },
    { name: 'an empty list has no active row', current: null, command: 'next', count: 0, expected: null },
    { name: 'a list that shrank keeps the active row inside it', current: 7, command: 'next', count: 3, expected: 2 },
  ] as const)('$name', ({ current, command, count, expected }) => {
    expect(moveActive(current, command, count)).toBe(expected);
  });
});

describe('triageCommand', () => {
  it('maps the triage keys', () => {
    expect(['j', 'k', 'ArrowDown', 'ArrowUp', 'a', 'r', 'e', 'x', 'Enter', '?'].map((value) => triageCommand(key(value)))).toEqual([
      'next',
      'previous',
      'next',
      'previous',
      'accept',
      'reject',
      'edit',
      'toggle',
      'open',
      'help',
    ]);
  });

  it('ignores keys typed into text fields and keys with modifiers', () => {
    const input = document.createElement('input');
    const textarea = document.createElement('textarea');
    const checkbox = Object.assign(document.createElement('input'), { type: 'checkbox' });
    expect(triageCommand(key('a', input))).toBeNull();
    expect(triageCommand(key('j', textarea))).toBeNull();
    expect(triageCommand(key('a', document.body, { ctrlKey: true }))).toBeNull();
    expect(triageCommand(key('r', document.body, { metaKey: true }))).toBeNull();
    expect(triageCommand(key('j', checkbox))).toBe('next');
    expect(triageCommand(key('z'))).toBeNull();
  });

  it('leaves Enter to the buttons inside a row', () => {
    const button = document.createElement('button');
    expect(triageCommand(key('Enter', button))).toBeNull();
  });
});
