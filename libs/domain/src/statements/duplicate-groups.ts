import { DomainInputError, assertInRange } from '../validation/index.js';
import { completeLinkage } from './complete-linkage.js';
import { fingerprintOf, type OutcomeFingerprint } from './outcome-fingerprint.js';
import { compareOutcomeFingerprints } from './outcome-similarity.js';
import { findSimilarPairs } from './similar-pairs.js';
import { assertStatementText } from './statement-input.js';
import type { DuplicateGroup, DuplicatePair, OutcomeStatementInput } from './statement-types.js';

/**
 * Default for {@link findDuplicateGroups}: reworded statements ("Minimise ... the bank statement" vs
 * "Minimize ... bank statements") score above 0.85, different objects behind the same ODI opening stay
 * below 0.3, and one changed object word ("invoice" vs "purchase order") lands around 0.5–0.7.
 */
export const DEFAULT_DUPLICATE_THRESHOLD = 0.8;

/**
 * Groups statements that say the same thing, for merging during curation and for checking extracted
 * outcomes against the existing backlog. Scores pairs with {@link outcomeSimilarity}.
 *
 * Groups come from complete-linkage agglomerative clustering cut at `threshold`: clusters merge from the
 * closest down, and only while their least similar cross pair still scores `>= threshold` (and > 0), so
 * every pair inside a group qualifies. Single linkage (connected components) was rejected because a chain
 * of small rewordings would pull unrelated outcomes into one huge group. Ties are broken by id.
 * Statements without a duplicate are not returned.
 *
 * Deterministic and independent of input order: members are sorted by id (code-unit order), `pairs` by
 * similarity descending then ids, groups by `maxSimilarity` descending then first id.
 *
 * Cost: one fingerprint per statement, then an inverted index over words (and trigrams at thresholds of
 * 0.5 or less), so statements that share nothing are never compared: 3,000 statements take about 0.1 s at
 * thresholds of 0.6 and above and about 0.5 s at 0.3. Low thresholds make most pairs candidates, so the
 * cost approaches O(n²) (several seconds for 3,000 statements at 0); they are not useful for duplicates.
 *
 * @throws DomainInputError `NOT_A_NUMBER` / `OUT_OF_RANGE` (`threshold`) unless a number in 0..1;
 *   `INVALID_TYPE` (`statements`, `statements[i].id`, `statements[i].text`) for a missing list, id or text;
 *   `INCONSISTENT_INPUT` (`statements[i].id`) for an id used twice.
 */
export function findDuplicateGroups(
  statements: readonly OutcomeStatementInput[],
  threshold: number = DEFAULT_DUPLICATE_THRESHOLD,
): DuplicateGroup[] {
  assertInRange(threshold, 0, 1, 'threshold');
  assertStatements(statements);
  const ids = statements.map((statement) => statement.id);
  const fingerprints = statements.map((statement) => fingerprintOf(statement.text));
  const clusters = completeLinkage(idRanks(ids), findSimilarPairs(fingerprints, threshold));
  return describeGroups(ids, fingerprints, clusters);
}

function assertStatements(statements: unknown): asserts statements is readonly OutcomeStatementInput[] {
  if (!Array.isArray(statements)) {
    throw new DomainInputError('INVALID_TYPE', 'statements', 'expected an array of { id, text }');
  }
  const seen = new Map<string, number>();
  statements.forEach((statement: unknown, index) => {
    const field = `statements[${index}]`;
    if (typeof statement !== 'object' || statement === null) {
      throw new DomainInputError('INVALID_TYPE', field, 'expected { id, text }');
    }
    const { id, text } = statement as { id?: unknown; text?: unknown };
    if (typeof id !== 'string') throw new DomainInputError('INVALID_TYPE', `${field}.id`, 'expected a string id');
    assertStatementText(text, `${field}.text`);
    const first = seen.get(id);
    if (first !== undefined) {
      throw new DomainInputError('INCONSISTENT_INPUT', `${field}.id`, `id '${id}' is already used by statements[${first}]`);
    }
    seen.set(id, index);
  });
}

function describeGroups(ids: readonly string[], fingerprints: readonly OutcomeFingerprint[], clusters: readonly number[][]): DuplicateGroup[] {
  return clusters
    .map((members) => {
      const pairs: DuplicatePair[] = [];
      members.forEach((x, position) => {
        const a = fingerprints[x];
        for (const y of members.slice(position + 1)) {
          const b = fingerprints[y];
          // Recomputed rather than stored: the same formula on the same counts, and no n²-sized map at low thresholds.
          const similarity = a === undefined || b === undefined ? 0 : compareOutcomeFingerprints(a, b);
          const [first, second] = [ids[x] ?? '', ids[y] ?? ''].sort(compareStrings) as [string, string];
          pairs.push({ a: first, b: second, similarity });
        }
      });
      pairs.sort(comparePairs);
      return {
        ids: members.map((member) => ids[member] ?? '').sort(compareStrings),
        minSimilarity: pairs[pairs.length - 1]?.similarity ?? 0,
        maxSimilarity: pairs[0]?.similarity ?? 0,
        pairs,
      };
    })
    .sort(compareGroups);
}

/** Position of each id in code-unit order. */
function idRanks(ids: readonly string[]): Int32Array {
  const rank = new Int32Array(ids.length);
  [...ids.keys()].sort((x, y) => compareStrings(ids[x] ?? '', ids[y] ?? '')).forEach((index, position) => {
    rank[index] = position;
  });
  return rank;
}

function comparePairs(x: DuplicatePair, y: DuplicatePair): number {
  return y.similarity - x.similarity || compareStrings(x.a, y.a) || compareStrings(x.b, y.b);
}

function compareGroups(x: DuplicateGroup, y: DuplicateGroup): number {
  return y.maxSimilarity - x.maxSimilarity || compareStrings(x.ids[0] ?? '', y.ids[0] ?? '');
}

// Code-unit order, not localeCompare: the result must not depend on the runtime's locale.
function compareStrings(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}
