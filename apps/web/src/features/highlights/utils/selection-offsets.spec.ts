import { beforeEach, describe, expect, it } from 'vitest';
import { type DomPoint, OFFSET_ATTRIBUTE, selectionToRange, trimRange } from './selection-offsets';
import { buildSegments, type HighlightRange } from './transcript-segments';

// Two turns; the transcript keeps speaker names between the utterance ranges, as a .txt upload would.
const transcript = 'Ana: I close the month on day three.\nBen: It takes two days to match invoices.';
const first = { speaker: 'Ana', start: 5, end: 36 };
const second = { speaker: 'Ben', start: 42, end: transcript.length };
const highlights: HighlightRange[] = [{ id: 'h1', start: 17, end: 22 }]; // "month"

/** Builds the same DOM shape the reader renders: a label, then one piece per segment with data-offset. */
function renderTranscript(): HTMLElement {
  const root = document.createElement('div');
  for (const utterance of [first, second]) {
    const turn = document.createElement('div');
    const label = document.createElement('div');
    label.textContent = `${utterance.speaker} 00:01`;
    const body = document.createElement('p');
    for (const segment of buildSegments(transcript, utterance.start, utterance.end, highlights)) {
      const piece = document.createElement(segment.highlightIds.length ? 'mark' : 'span');
      piece.setAttribute(OFFSET_ATTRIBUTE, String(segment.start));
      piece.textContent = segment.text;
      body.append(piece);
    }
    turn.append(label, body);
    root.append(turn);
  }
  document.body.append(root);
  return root;
}

let root: HTMLElement;
const piece = (offset: number) => root.querySelector(`[${OFFSET_ATTRIBUTE}="${offset}"]`) as Element;
const textIn = (offset: number, at: number): DomPoint => ({ node: piece(offset).firstChild as Node, offset: at });
const quote = (range: { start: number; end: number } | null) => (range ? transcript.slice(range.start, range.end) : null);

beforeEach(() => {
  document.body.innerHTML = '';
  root = renderTranscript();
});

describe('selectionToRange', () => {
  const cases: { name: string; anchor: () => DomPoint; focus: () => DomPoint; expected: string | null }[] = [
    { name: 'inside one span', anchor: () => textIn(5, 2), focus: () => textIn(5, 7), expected: 'close' },
    { name: 'backwards selection (focus before anchor)', anchor: () => textIn(5, 7), focus: () => textIn(5, 2), expected: 'close' },
    { name: 'across a span and an existing highlight', anchor: () => textIn(5, 2), focus: () => textIn(17, 3), expected: 'close the mon' },
    { name: 'from inside a highlight to the span after it', anchor: () => textIn(17, 0), focus: () => textIn(22, 3), expected: 'month on' },
    { name: 'across utterances', anchor: () => textIn(22, 4), focus: () => textIn(42, 8), expected: 'day three.\nBen: It takes' },
    { name: 'element-level points between pieces', anchor: () => ({ node: piece(5).parentNode as Node, offset: 1 }), focus: () => ({ node: piece(5).parentNode as Node, offset: 2 }), expected: 'month' },
    { name: 'starting in a speaker label snaps to the turn start', anchor: () => ({ node: root.children[1]!.firstChild!.firstChild as Node, offset: 1 }), focus: () => textIn(42, 2), expected: 'It' },
    { name: 'ending in the next speaker label snaps to the previous turn end', anchor: () => textIn(22, 8), focus: () => ({ node: root.children[1]!.firstChild!.firstChild as Node, offset: 2 }), expected: 'three.' },
    { name: 'collapsed selection', anchor: () => textIn(5, 3), focus: () => textIn(5, 3), expected: null },
  ];

  it.each(cases)('$name', ({ anchor, focus, expected }) => {
    expect(quote(selectionToRange(root, anchor(), focus()))).toBe(expected);
  });

  it('ignores points outside the transcript', () => {
    const outside = document.createElement('p');
    outside.textContent = 'elsewhere';
    document.body.append(outside);
    expect(selectionToRange(root, { node: outside.firstChild as Node, offset: 1 }, textIn(5, 3))).toBeNull();
  });
});

describe('trimRange', () => {
  it.each([
    { name: 'trims spaces and newlines', range: { start: 35, end: 44 }, expected: '.\nBen: It' },
    { name: 'keeps a clean range', range: { start: 7, end: 12 }, expected: 'close' },
    { name: 'whitespace only', range: { start: 6, end: 7 }, expected: null },
  ])('$name', ({ range, expected }) => {
    expect(quote(trimRange(transcript, range))).toBe(expected);
  });
});
