import { describe, expect, it } from 'vitest';
import { buildSegments, type HighlightRange } from './transcript-segments';

const text = 'It takes me two days to match invoices.';

describe('buildSegments', () => {
  const cases: { name: string; from: number; to: number; highlights: HighlightRange[]; expected: [number, number, string[]][] }[] = [
    { name: 'no highlights: one piece', from: 0, to: text.length, highlights: [], expected: [[0, 39, []]] },
    { name: 'highlight in the middle splits into three', from: 0, to: text.length, highlights: [{ id: 'a', start: 12, end: 20 }], expected: [[0, 12, []], [12, 20, ['a']], [20, 39, []]] },
    {
      name: 'overlapping highlights',
      from: 0,
      to: text.length,
      highlights: [{ id: 'a', start: 3, end: 15 }, { id: 'b', start: 9, end: 24 }],
      expected: [[0, 3, []], [3, 9, ['a']], [9, 15, ['a', 'b']], [15, 24, ['b']], [24, 39, []]],
    },
    { name: 'highlight running past the utterance is clamped', from: 12, to: 20, highlights: [{ id: 'a', start: 0, end: 15 }], expected: [[12, 15, ['a']], [15, 20, []]] },
    { name: 'highlight outside the utterance is ignored', from: 0, to: 10, highlights: [{ id: 'a', start: 20, end: 30 }], expected: [[0, 10, []]] },
    { name: 'highlight covering exactly the utterance', from: 5, to: 11, highlights: [{ id: 'a', start: 5, end: 11 }], expected: [[5, 11, ['a']]] },
    { name: 'empty range', from: 10, to: 10, highlights: [], expected: [] },
  ];

  it.each(cases)('$name', ({ from, to, highlights, expected }) => {
    const segments = buildSegments(text, from, to, highlights);
    expect(segments.map((segment) => [segment.start, segment.end, segment.highlightIds])).toEqual(expected);
    for (const segment of segments) expect(segment.text).toBe(text.slice(segment.start, segment.end));
  });
});
