import { matchPhraseAt } from './phrase-table.js';
import {
  AFTER_PARTICLE_VERBS,
  CLARIFIER_MARKERS,
  DIRECTIONS,
  METRIC_PHRASES,
  NON_DIRECTION_VERBS,
  WHEN_COMPLEMENT_VERBS,
} from './statement-lexicon.js';
import type { OutcomeDirection, OutcomeMetricKind } from './statement-types.js';

/** Token ranges (`start` inclusive, `end` exclusive) of the grammar slots, found on normalized word keys. */
export type StatementFrame = {
  direction: OutcomeDirection | null;
  /** True when word 0 is a verb in the direction slot that is not a direction ("Improve"). */
  unknownDirection: boolean;
  metric: { start: number; end: number; kind: OutcomeMetricKind } | null;
  /** First word after the direction and metric: where the object of control begins. */
  bodyStart: number;
  clarifier: { start: number; markerEnd: number; marker: string } | null;
};

/**
 * Matches the desired-outcome grammar (Ulwick 2005) on word keys. The grammar is positional: the direction
 * must be the first word and the metric must follow it directly, because a metric phrase later in the
 * sentence ("... and the number of errors") belongs to the object or to a second outcome.
 */
export function matchStatementFrame(keys: readonly string[]): StatementFrame {
  const first = keys[0] ?? '';
  const direction = DIRECTIONS.get(first) ?? null;
  let unknownDirection = direction === null && NON_DIRECTION_VERBS.has(first);
  let metricIndex = direction !== null || unknownDirection ? 1 : 0;
  let metricMatch = matchPhraseAt(METRIC_PHRASES, keys, metricIndex);
  if (direction === null && !unknownDirection && metricMatch === null && keys.length > 1) {
    // Any single word before a metric is in the direction slot ("Shrink the time it takes to ...").
    const afterFirst = matchPhraseAt(METRIC_PHRASES, keys, 1);
    if (afterFirst !== null) {
      unknownDirection = true;
      metricIndex = 1;
      metricMatch = afterFirst;
    }
  }
  const metric =
    metricMatch === null ? null : { start: metricIndex, end: metricIndex + metricMatch.length, kind: metricMatch.value };
  const bodyStart = metric?.end ?? (direction !== null || unknownDirection ? 1 : 0);
  return { direction, unknownDirection, metric, bodyStart, clarifier: findClarifier(keys, bodyStart) };
}

// The first marker wins: a clarifier may itself contain "when" or "e.g." ("when closing the month, e.g.
// at quarter end"), and the object before it rarely does.
function findClarifier(keys: readonly string[], from: number): StatementFrame['clarifier'] {
  for (let index = from; index < keys.length; index++) {
    const match = matchPhraseAt(CLARIFIER_MARKERS, keys, index);
    if (match === null) continue;
    const markerEnd = index + match.length;
    if (markerEnd >= keys.length) continue;
    if (!opensClarifier(match.value, keys[index - 1], keys[markerEnd])) continue;
    return { start: index, markerEnd, marker: match.value };
  }
  return null;
}

function opensClarifier(marker: string, previous: string | undefined, next: string | undefined): boolean {
  // "when to order", "before to" ... are infinitive questions inside the object.
  if (next === 'to' && (marker === 'when' || marker === 'whenever' || marker === 'while')) return false;
  if (marker === 'when' && previous !== undefined && WHEN_COMPLEMENT_VERBS.has(previous)) return false;
  if (marker === 'after' && previous !== undefined && AFTER_PARTICLE_VERBS.has(previous)) return false;
  return true;
}
