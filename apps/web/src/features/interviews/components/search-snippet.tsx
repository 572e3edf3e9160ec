import { Mark, Text } from '@mantine/core';
import type { SearchSnippet as Snippet } from '@outcome-atlas/contracts';
import type { ReactNode } from 'react';

export type SnippetPart = { text: string; matched: boolean };

/** Splits snippet text into plain and matched parts; overlapping or out-of-range matches are clamped. */
export function splitSnippet(snippet: Snippet): SnippetPart[] {
  const { text } = snippet;
  const ranges = snippet.matches
    .map((match) => ({ start: Math.max(0, Math.min(match.start, text.length)), end: Math.max(0, Math.min(match.end, text.length)) }))
    .filter((range) => range.end > range.start)
    .sort((a, b) => a.start - b.start);
  const parts: SnippetPart[] = [];
  let cursor = 0;
  for (const range of ranges) {
    const start = Math.max(range.start, cursor);
    if (range.end <= start) continue;
    if (start > cursor) parts.push({ text: text.slice(cursor, start), matched: false });
    const previous = parts[parts.length - 1];
    if (previous?.matched && start === cursor) previous.text += text.slice(start, range.end);
    else parts.push({ text: text.slice(start, range.end), matched: true });
    cursor = range.end;
  }
  if (cursor < text.length) parts.push({ text: text.slice(cursor), matched: false });
  return parts;
}

/** Renders a search snippet as text with <mark> around matches; the server text is never parsed as HTML. */
export function SearchSnippet({ snippet }: { snippet: Snippet }) {
  const children: ReactNode[] = splitSnippet(snippet).map((part, index) =>
    part.matched ? (
      <Mark key={index} color="yellow">
        {part.text}
      </Mark>
    ) : (
      <span key={index}>{part.text}</span>
    ),
  );
  return (
    <Text size="sm" c="dimmed" data-testid="search-snippet">
      …{children}…
    </Text>
  );
}
