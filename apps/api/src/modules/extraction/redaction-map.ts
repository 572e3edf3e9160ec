/** What a detected span is; each kind has one fixed placeholder (see {@link PLACEHOLDERS}). */
export type PiiKind = 'email' | 'url' | 'account' | 'id' | 'phone' | 'name';

/** A detection: `[start, end)` UTF-16 offsets into the original text. */
export type PiiSpan = { kind: PiiKind; start: number; end: number };

/** A half-open range of UTF-16 offsets. */
export type OffsetRange = { start: number; end: number };

/**
 * Short, stable placeholders: the same text for every value of a kind, so a quote copied by the model is
 * found again in the redacted text, and nothing of the value (not even a hash) leaves the server.
 */
export const PLACEHOLDERS: Readonly<Record<PiiKind, string>> = {
  email: '[EMAIL]',
  url: '[URL]',
  account: '[ACCOUNT]',
  id: '[ID]',
  phone: '[PHONE]',
  name: '[NAME]',
};

/** When detections overlap, the merged span takes the first kind of this list (an email containing a name is an email). */
const KIND_PRIORITY: readonly PiiKind[] = ['email', 'url', 'account', 'id', 'phone', 'name'];

/** One replaced span: where it was in the original text and where its placeholder is in the redacted text. */
type Replacement = { original: OffsetRange; view: OffsetRange };

/** The redacted text and the two-way offset mapping built from its sorted replacements. */
export type RedactionMap = {
  readonly text: string;
  readonly replacements: number;
  /** Original offsets → redacted offsets; an offset inside a replaced span snaps to the placeholder's start or end. */
  toView(range: OffsetRange): OffsetRange;
  /** Redacted offsets → original offsets; a range touching a placeholder expands to the whole replaced span. */
  toOriginal(range: OffsetRange): OffsetRange;
};

/**
 * Merges overlapping detections (the union takes the highest-priority kind), widens every span so it never
 * cuts a surrogate pair, splits spans at `cuts` (utterance boundaries, so a placeholder never straddles two
 * speaker turns), and replaces each span with its kind's placeholder.
 */
export function buildRedactionMap(text: string, spans: readonly PiiSpan[], cuts: readonly number[] = []): RedactionMap {
  const merged = splitAt(mergeSpans(spans.map((span) => widenToCodePoints(text, span)).filter((span) => span.end > span.start)), cuts);
  const replacements: Replacement[] = [];
  let view = '';
  let cursor = 0;
  for (const span of merged) {
    view += text.slice(cursor, span.start);
    const placeholder = PLACEHOLDERS[span.kind];
    replacements.push({ original: { start: span.start, end: span.end }, view: { start: view.length, end: view.length + placeholder.length } });
    view += placeholder;
    cursor = span.end;
  }
  view += text.slice(cursor);
  return {
    text: view,
    replacements: replacements.length,
    toView: (range) => mapRange(replacements, range, 'original', 'view'),
    toOriginal: (range) => mapRange(replacements, range, 'view', 'original'),
  };
}

/** Sorted, non-overlapping spans; overlapping ones (not merely touching) become one. */
export function mergeSpans(spans: readonly PiiSpan[]): PiiSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end || rank(a.kind) - rank(b.kind));
  const merged: PiiSpan[] = [];
  for (const span of sorted) {
    const last = merged.at(-1);
    if (last && span.start < last.end) {
      last.end = Math.max(last.end, span.end);
      if (rank(span.kind) < rank(last.kind)) last.kind = span.kind;
    } else {
      merged.push({ ...span });
    }
  }
  return merged;
}

const rank = (kind: PiiKind) => KIND_PRIORITY.indexOf(kind);

/** Moves a start or end that falls between the two halves of a surrogate pair outwards. */
function widenToCodePoints(text: string, span: PiiSpan): PiiSpan {
  const start = Math.max(0, Math.min(span.start, text.length));
  const end = Math.max(start, Math.min(span.end, text.length));
  return { kind: span.kind, start: isInsidePair(text, start) ? start - 1 : start, end: isInsidePair(text, end) ? end + 1 : end };
}

function isInsidePair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/** Splits sorted spans at the given offsets (each piece keeps the span's kind). */
function splitAt(spans: readonly PiiSpan[], cuts: readonly number[]): PiiSpan[] {
  const sortedCuts = [...new Set(cuts)].sort((a, b) => a - b);
  const pieces: PiiSpan[] = [];
  for (const span of spans) {
    let start = span.start;
    for (const cut of sortedCuts) {
      if (cut <= start) continue;
      if (cut >= span.end) break;
      pieces.push({ kind: span.kind, start, end: cut });
      start = cut;
    }
    pieces.push({ kind: span.kind, start, end: span.end });
  }
  return pieces;
}

type Side = 'original' | 'view';

/**
 * Maps a range from one side to the other. Outside replacements an offset shifts by the length change of the
 * replacements before it; a start inside a replaced span snaps to that span's start, an end inside one to its
 * end, so a mapped range always covers whole replaced spans.
 */
function mapRange(replacements: readonly Replacement[], range: OffsetRange, from: Side, to: Side): OffsetRange {
  const start = mapOffset(replacements, range.start, from, to, 'start');
  const end = Math.max(start, mapOffset(replacements, range.end, from, to, 'end'));
  return { start, end };
}

function mapOffset(replacements: readonly Replacement[], offset: number, from: Side, to: Side, edge: 'start' | 'end'): number {
  // The last replacement that begins before the offset (for an end) or at or before it (for a start).
  let low = 0;
  let high = replacements.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const begins = replacements[middle]![from].start;
    if (edge === 'start' ? begins <= offset : begins < offset) low = middle + 1;
    else high = middle;
  }
  const previous = replacements[low - 1];
  if (!previous) return offset;
  if (offset < previous[from].end) return edge === 'start' ? previous[to].start : previous[to].end;
  return offset - previous[from].end + previous[to].end;
}
