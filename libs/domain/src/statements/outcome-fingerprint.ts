import { COMPARISON_STOP_WORDS } from './comparison-stop-words.js';
import { normalizeStatementText } from './outcome-statement-normalizer.js';
import { matchStatementFrame } from './statement-grammar.js';
import { assertStatementText } from './statement-input.js';
import type { OutcomeDirection, OutcomeMetricKind } from './statement-types.js';
import { lightStem } from './word-stemmer.js';

/**
 * What {@link outcomeSimilarity} compares, computed once per statement so that comparing one statement with
 * thousands costs set lookups only. `terms` and `trigrams` cover the object of control and the clarifier,
 * not the direction and metric: every ODI statement shares "Minimize the time it takes to", and that
 * boilerplate must not make unrelated outcomes look alike.
 */
export type OutcomeFingerprint = {
  /** {@link normalizeOutcomeStatement} of the text. */
  normalized: string;
  direction: OutcomeDirection | null;
  metric: OutcomeMetricKind | null;
  /** Stemmed content words (stop words and single letters removed). */
  terms: ReadonlySet<string>;
  /** pg_trgm-style trigrams of the unstemmed content words. */
  trigrams: ReadonlySet<string>;
};

/**
 * Builds the comparison fingerprint of a statement (see {@link OutcomeFingerprint}).
 *
 * @throws DomainInputError `INVALID_TYPE` (`text`) when `text` is not a string.
 */
export function outcomeFingerprint(text: string): OutcomeFingerprint {
  assertStatementText(text, 'text');
  return fingerprintOf(text);
}

/** {@link outcomeFingerprint} for a string the caller already checked. */
export function fingerprintOf(text: string): OutcomeFingerprint {
  const normalized = normalizeStatementText(text);
  const keys = normalized === '' ? [] : normalized.split(' ');
  const frame = matchStatementFrame(keys);
  const terms = new Set<string>();
  const trigrams = new Set<string>();
  for (let index = frame.bodyStart; index < keys.length; index++) {
    const word = keys[index] ?? '';
    if (word.length < 2 || COMPARISON_STOP_WORDS.has(word)) continue;
    terms.add(lightStem(word));
    addTrigrams(word, trigrams);
  }
  return { normalized, direction: frame.direction, metric: frame.metric?.kind ?? null, terms, trigrams };
}

/**
 * Trigrams as PostgreSQL's pg_trgm extracts them: each word padded with two spaces in front and one
 * behind ("cat" → "  c", " ca", "cat", "at "), so word starts weigh more than word ends. Code points,
 * not UTF-16 units, so letters outside the BMP are not split.
 */
function addTrigrams(word: string, into: Set<string>): void {
  const chars = [' ', ' ', ...word, ' '];
  for (let index = 0; index + 3 <= chars.length; index++) {
    into.add(`${chars[index]}${chars[index + 1]}${chars[index + 2]}`);
  }
}
