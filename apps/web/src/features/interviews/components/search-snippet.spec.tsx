import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SearchSnippet, splitSnippet } from './search-snippet';

describe('splitSnippet', () => {
  it.each([
    { name: 'no matches', matches: [], expected: [['a late payment', false]] },
    { name: 'one match in the middle', matches: [{ start: 2, end: 6 }], expected: [['a ', false], ['late', true], [' payment', false]] },
    { name: 'match at both ends', matches: [{ start: 0, end: 1 }, { start: 7, end: 14 }], expected: [['a', true], [' late ', false], ['payment', true]] },
    { name: 'overlapping and unsorted matches merge into one mark', matches: [{ start: 4, end: 9 }, { start: 2, end: 6 }], expected: [['a ', false], ['late pa', true], ['yment', false]] },
    { name: 'out-of-range match is clamped', matches: [{ start: 7, end: 99 }], expected: [['a late ', false], ['payment', true]] },
  ])('$name', ({ matches, expected }) => {
    expect(splitSnippet({ text: 'a late payment', matches }).map((part) => [part.text, part.matched])).toEqual(expected);
  });
});

describe('SearchSnippet', () => {
  it('renders server text as text, never as HTML, and marks the matches', () => {
    const text = 'before <script>alert("x")</script> <b>late</b> payment';
    const start = text.indexOf('late');
    const { container } = render(
      <MantineProvider>
        <SearchSnippet snippet={{ text, matches: [{ start, end: start + 4 }] }} />
      </MantineProvider>,
    );
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(screen.getByTestId('search-snippet')).toHaveTextContent('<script>alert("x")</script>');
    const marks = container.querySelectorAll('mark');
    expect(marks).toHaveLength(1);
    expect(marks[0]).toHaveTextContent(/^late$/);
  });
});
