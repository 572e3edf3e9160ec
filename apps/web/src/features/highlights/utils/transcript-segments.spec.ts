import { describe, expect, it } from 'vitest';
import { buildSegments, type HighlightRange, mergeSpans, type TextSpan } from './transcript-segments';

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

describe('buildSegments with evidence', () => {
  it('cuts at evidence boundaries and marks the pieces inside', () => {
    const segments = buildSegments(text, 0, text.length, [{ id: 'a', start: 3, end: 15 }], [{ start: 9, end: 24 }]);
    expect(segments.map((segment) => [segment.start, segment.end, segment.highlightIds, segment.evidence])).toEqual([
      [0, 3, [], false],
      [3, 9, ['a'], false],
      [9, 15, ['a'], true],
      [15, 24, [], true],
      [24, 39, [], false],
    ]);
  });

  it('clamps evidence that runs past the turn and ignores evidence outside it', () => {
    const segments = buildSegments(text, 12, 20, [], [{ start: 0, end: 15 }, { start: 25, end: 30 }]);
    expect(segments.map((segment) => [segment.start, segment.end, segment.evidence])).toEqual([
      [12, 15, true],
      [15, 20, false],
    ]);
  });
});

describe('mergeSpans', () => {
  const cases: { name: string; spans: TextSpan[]; expected: TextSpan[] }[] = [
    { name: 'nothing', spans: [], expected: [] },
    { name: 'disjoint spans are sorted, not merged', spans: [{ start: 20, end: 25 }, { start: 0, end: 5 }], expected: [{ start: 0, end: 5 }, { start: 20, end: 25 }] },
    { name: 'overlapping spans merge', spans: [{ start: 0, end: 10 }, { start: 5, end: 15 }], expected: [{ start: 0, end: 15 }] },
    { name: 'touching spans merge', spans: [{ start: 0, end: 10 }, { start: 10, end: 12 }], expected: [{ start: 0, end: 12 }] },
    { name: 'a span inside another disappears', spans: [{ start: 0, end: 20 }, { start: 3, end: 4 }], expected: [{ start: 0, end: 20 }] },
    { name: 'empty spans are dropped', spans: [{ start: 5, end: 5 }, { start: 8, end: 6 }], expected: [] },
    { name: 'a chain of overlaps becomes one', spans: [{ start: 10, end: 14 }, { start: 0, end: 4 }, { start: 3, end: 11 }], expected: [{ start: 0, end: 14 }] },
  ];

  it.each(cases)('$name', ({ spans, expected }) => {
    const input = spans.map((span) => ({ ...span }));
    expect(mergeSpans(spans)).toEqual(expected);
    expect(spans).toEqual(input);
  });
});
