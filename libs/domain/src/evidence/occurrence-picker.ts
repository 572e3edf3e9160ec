import type { TextSpan } from './quote-locator-types.js';

/** One occurrence of a quote, in original offsets, and where to resume the search for the next one. */
export type Occurrence = { start: number; end: number; segments: readonly TextSpan[]; resumeAt: number };

/** True when `span` lies wholly inside `within`. */
export function isInside(span: TextSpan, within: TextSpan): boolean {
  return span.start >= within.start && span.end <= within.end;
}

function distance(span: TextSpan, within: TextSpan): number {
  if (span.end <= within.start) return within.start - span.end;
  if (span.start >= within.end) return span.start - within.end;
  return 0;
}

/**
 * Walks the occurrences that `next(from)` yields in increasing start order and picks one: without a
 * hint the first; with `within`, the first wholly inside it, else the nearest to it (ties: the
 * earlier). Stops as soon as no later occurrence can do better.
 */
export function pickOccurrence(next: (from: number) => Occurrence | null, within?: TextSpan): Occurrence | null {
  let best: Occurrence | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (let occurrence = next(0); occurrence !== null; occurrence = next(occurrence.resumeAt)) {
    if (within === undefined || isInside(occurrence, within)) return occurrence;
    const gap = distance(occurrence, within);
    if (gap < bestDistance) {
      best = occurrence;
      bestDistance = gap;
    }
    if (occurrence.start >= within.end) break;
  }
  return best;
}
