import { fingerprintOf, type OutcomeFingerprint } from './outcome-fingerprint.js';
import { assertStatementText } from './statement-input.js';

/** Weight of the trigram Jaccard index in the content score; the word Jaccard index gets the rest. */
export const TRIGRAM_WEIGHT = 0.5;
/** Weight of the stemmed-word Jaccard index in the content score. */
export const TERM_WEIGHT = 1 - TRIGRAM_WEIGHT;
/** Factor when the metrics differ ("the time it takes to" vs "the likelihood of"): ODI counts them as two needs. */
export const METRIC_MISMATCH_FACTOR = 0.7;
/** Factor when one statement minimizes and the other increases. */
export const DIRECTION_MISMATCH_FACTOR = 0.85;
/** Factor when only one of the two statements has a direction (or a metric) at all. */
export const MISSING_PART_FACTOR = 0.95;

/**
 * How alike two desired-outcome statements are, from 0 (nothing in common) to 1 (the same statement).
 *
 * Both texts are normalized ({@link normalizeOutcomeStatement}); equal keys score 1. Otherwise the
 * statement is split by the grammar of Ulwick ("What Customers Want", 2005) and only the object of control
 * and clarifier are compared, since the direction and metric are shared boilerplate:
 *
 * `content = 0.5 · J(trigrams) + 0.5 · J(stemmed words)`, with `J(A, B) = |A ∩ B| / |A ∪ B|` (0 when both
 * are empty). Trigrams follow PostgreSQL pg_trgm (`similarity()`, its Jaccard over padded word trigrams)
 * and forgive spelling and inflection; the word index keeps a shared long word from dominating.
 *
 * `similarity = content · m · d`, where `m` is 1 for the same metric kind, 0.7 for different kinds and
 * 0.95 when only one statement has a metric, and `d` likewise for direction (1 / 0.85 / 0.95). Direction
 * synonyms are the same direction (Reduce = Minimize, Maximize = Increase).
 *
 * Symmetric, within [0, 1]. Stop words are dropped before both indexes.
 *
 * @throws DomainInputError `INVALID_TYPE` (`a`, `b`) when either is not a string.
 */
export function outcomeSimilarity(a: string, b: string): number {
  assertStatementText(a, 'a');
  assertStatementText(b, 'b');
  return compareOutcomeFingerprints(fingerprintOf(a), fingerprintOf(b));
}

/** {@link outcomeSimilarity} of two precomputed fingerprints (see `outcomeFingerprint`). */
export function compareOutcomeFingerprints(a: OutcomeFingerprint, b: OutcomeFingerprint): number {
  if (a.normalized === b.normalized) return 1;
  return combineSimilarity(
    jaccardFromCounts(intersectionSize(a.trigrams, b.trigrams), a.trigrams.size, b.trigrams.size),
    jaccardFromCounts(intersectionSize(a.terms, b.terms), a.terms.size, b.terms.size),
    a,
    b,
  );
}

/**
 * The formula of {@link outcomeSimilarity} from the two Jaccard indexes. Shared with the duplicate search,
 * which counts intersections through an inverted index, so that both give bit-identical scores.
 */
export function combineSimilarity(trigramJaccard: number, termJaccard: number, a: OutcomeFingerprint, b: OutcomeFingerprint): number {
  const content = TRIGRAM_WEIGHT * trigramJaccard + TERM_WEIGHT * termJaccard;
  return content * partFactor(a.metric, b.metric, METRIC_MISMATCH_FACTOR) * partFactor(a.direction, b.direction, DIRECTION_MISMATCH_FACTOR);
}

export function jaccardFromCounts(shared: number, sizeA: number, sizeB: number): number {
  return shared === 0 ? 0 : shared / (sizeA + sizeB - shared);
}

/** Size of `a ∩ b`, iterating the smaller set. */
export function intersectionSize(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const item of small) if (large.has(item)) shared++;
  return shared;
}

function partFactor<T>(a: T | null, b: T | null, mismatch: number): number {
  if (a === b) return 1;
  return a === null || b === null ? MISSING_PART_FACTOR : mismatch;
}
