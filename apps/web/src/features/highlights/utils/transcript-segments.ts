export type HighlightRange = { id: string; start: number; end: number };
export type TextSpan = { start: number; end: number };

/**
 * A run of transcript text covered by the same set of highlights (and either inside or outside the
 * evidence being shown); rendered as one span or mark.
 */
export type Segment = { start: number; end: number; text: string; highlightIds: string[]; evidence: boolean };

/**
 * Sorts spans and merges those that overlap or touch, dropping empty ones, so overlapping quotes
 * render as one continuous evidence mark instead of nested ones.
 */
export function mergeSpans(spans: readonly TextSpan[]): TextSpan[] {
  const sorted = spans.filter((span) => span.end > span.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: TextSpan[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ start: span.start, end: span.end });
  }
  return merged;
}

/**
 * Splits transcript[from, to) at every highlight and evidence boundary inside it, so each piece can be
 * rendered with `data-offset={start}`, the highlights that cover it and whether it is evidence.
 * `evidence` must be merged (see mergeSpans).
 */
export function buildSegments(transcript: string, from: number, to: number, highlights: readonly HighlightRange[], evidence: readonly TextSpan[] = []): Segment[] {
  const lower = Math.max(0, from);
  const upper = Math.min(transcript.length, to);
  if (upper <= lower) return [];

  const overlapping = highlights.filter((highlight) => highlight.start < upper && highlight.end > lower);
  const spans = evidence.filter((span) => span.start < upper && span.end > lower);
  const cuts = new Set<number>([lower, upper]);
  for (const range of [...overlapping, ...spans]) {
    if (range.start > lower) cuts.add(range.start);
    if (range.end < upper) cuts.add(range.end);
  }
  const boundaries = [...cuts].sort((a, b) => a - b);

  const segments: Segment[] = [];
  for (let index = 0; index < boundaries.length - 1; index += 1) {
    const start = boundaries[index] as number;
    const end = boundaries[index + 1] as number;
    const highlightIds = overlapping.filter((highlight) => highlight.start <= start && highlight.end >= end).map((highlight) => highlight.id);
    const isEvidence = spans.some((span) => span.start <= start && span.end >= end);
    segments.push({ start, end, text: transcript.slice(start, end), highlightIds, evidence: isEvidence });
  }
  return segments;
}
