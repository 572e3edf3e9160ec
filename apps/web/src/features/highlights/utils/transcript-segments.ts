export type HighlightRange = { id: string; start: number; end: number };

/** A run of transcript text covered by the same set of highlights; rendered as one span or mark. */
export type Segment = { start: number; end: number; text: string; highlightIds: string[] };

/**
 * Splits transcript[from, to) at every highlight boundary inside it, so each piece can be
 * rendered with `data-offset={start}` and the highlights that cover it.
 */
export function buildSegments(transcript: string, from: number, to: number, highlights: readonly HighlightRange[]): Segment[] {
  const lower = Math.max(0, from);
  const upper = Math.min(transcript.length, to);
  if (upper <= lower) return [];

  const overlapping = highlights.filter((highlight) => highlight.start < upper && highlight.end > lower);
  const cuts = new Set<number>([lower, upper]);
  for (const highlight of overlapping) {
    if (highlight.start > lower) cuts.add(highlight.start);
    if (highlight.end < upper) cuts.add(highlight.end);
  }
  const boundaries = [...cuts].sort((a, b) => a - b);

  const segments: Segment[] = [];
  for (let index = 0; index < boundaries.length - 1; index += 1) {
    const start = boundaries[index] as number;
    const end = boundaries[index + 1] as number;
    const highlightIds = overlapping.filter((highlight) => highlight.start <= start && highlight.end >= end).map((highlight) => highlight.id);
    segments.push({ start, end, text: transcript.slice(start, end), highlightIds });
  }
  return segments;
}
