import type { OutcomeFingerprint } from './outcome-fingerprint.js';
import { TERM_WEIGHT, TRIGRAM_WEIGHT, combineSimilarity, jaccardFromCounts } from './outcome-similarity.js';

/** A pair of statement indexes (`i < j`) and their similarity. */
export type SimilarPair = { i: number; j: number; similarity: number };

// Guards the word-overlap bound against rounding (0.8 · 2 − 1 is 0.6000000000000001).
const EPSILON = 1e-9;

/**
 * Every pair with `similarity >= threshold` and `similarity > 0`, found exactly without comparing all n²
 * pairs one by one. An inverted index counts, for each statement, the words (and, for low thresholds, the
 * trigrams) it shares with every earlier statement — the "ScanCount" merge of approximate string search
 * (Li, Lu & Lu, "Efficient Merging and Filtering Algorithms for Approximate String Searches", ICDE 2008;
 * pg_trgm's GIN index works alike) — and the Jaccard indexes follow from those counts.
 *
 * Since `similarity <= 0.5 · J(trigrams) + 0.5 · J(words)` and `J(trigrams) <= 1`, a pair can only reach
 * `threshold` when `J(words) >= (threshold − 0.5) / 0.5`. Above 0.5 that bound is positive, so only pairs
 * sharing a word are counted; of those, pairs whose best case (all trigrams of the smaller set shared)
 * stays below the threshold are skipped, and the rest get their trigrams intersected as sorted integer
 * arrays. At 0.5 and below, trigrams are counted too, which touches almost every pair. Statements without
 * content words ("Minimize the time") only pair with statements that normalize to the same text.
 */
export function findSimilarPairs(fingerprints: readonly OutcomeFingerprint[], threshold: number): SimilarPair[] {
  const minTermJaccard = (threshold - TRIGRAM_WEIGHT) / TERM_WEIGHT - EPSILON;
  const countTrigrams = minTermJaccard <= 0;
  const count = fingerprints.length;
  const trigramPostings = new Map<string, number[]>();
  const termPostings = new Map<string, number[]>();
  const sameText = new Map<string, number[]>();
  const sharedTrigrams = new Int32Array(count);
  const sharedTerms = new Int32Array(count);
  const touched: number[] = [];
  const pairs: SimilarPair[] = [];
  const trigramCodes = countTrigrams ? [] : encodeTrigrams(fingerprints);
  const touch = (counts: Int32Array, other: Int32Array, j: number): void => {
    const before = counts[j] ?? 0;
    counts[j] = before + 1;
    if (before === 0 && other[j] === 0) touched.push(j);
  };

  for (let i = 0; i < count; i++) {
    const current = fingerprints[i];
    if (current === undefined) continue;
    if (countTrigrams) {
      for (const trigram of current.trigrams) scan(trigramPostings, trigram, i, (j) => touch(sharedTrigrams, sharedTerms, j));
    }
    for (const term of current.terms) scan(termPostings, term, i, (j) => touch(sharedTerms, sharedTrigrams, j));

    for (const j of touched) {
      const earlier = fingerprints[j];
      const termJaccard = jaccardFromCounts(sharedTerms[j] ?? 0, earlier?.terms.size ?? 0, current.terms.size);
      if (earlier !== undefined && (countTrigrams || couldReach(earlier, current, termJaccard, minTermJaccard, threshold))) {
        const trigramsShared = countTrigrams ? (sharedTrigrams[j] ?? 0) : sortedOverlap(trigramCodes[j], trigramCodes[i]);
        const similarity =
          earlier.normalized === current.normalized
            ? 1
            : combineSimilarity(jaccardFromCounts(trigramsShared, earlier.trigrams.size, current.trigrams.size), termJaccard, earlier, current);
        if (similarity >= threshold && similarity > 0) pairs.push({ i: j, j: i, similarity });
      }
      sharedTrigrams[j] = 0;
      sharedTerms[j] = 0;
    }
    touched.length = 0;

    // Twins with content words were already found through them.
    if (current.terms.size === 0) scan(sameText, current.normalized, i, (j) => pairs.push({ i: j, j: i, similarity: 1 }));
  }
  return pairs;
}

/**
 * Whether the pair can reach the threshold given its word overlap: the trigram Jaccard index is at most
 * min(|A|, |B|) / max(|A|, |B|), and the score grows with both indexes.
 */
function couldReach(a: OutcomeFingerprint, b: OutcomeFingerprint, termJaccard: number, minTermJaccard: number, threshold: number): boolean {
  if (termJaccard < minTermJaccard) return false;
  const sizeA = a.trigrams.size;
  const sizeB = b.trigrams.size;
  const bestTrigramJaccard = sizeA === 0 || sizeB === 0 ? 0 : Math.min(sizeA, sizeB) / Math.max(sizeA, sizeB);
  return combineSimilarity(bestTrigramJaccard, termJaccard, a, b) >= threshold - EPSILON;
}

/** Each statement's trigrams as ascending integer codes, so intersecting two of them is a linear merge. */
function encodeTrigrams(fingerprints: readonly OutcomeFingerprint[]): Int32Array[] {
  const codes = new Map<string, number>();
  return fingerprints.map((fingerprint) => {
    const encoded = new Int32Array(fingerprint.trigrams.size);
    let position = 0;
    for (const trigram of fingerprint.trigrams) {
      let code = codes.get(trigram);
      if (code === undefined) {
        code = codes.size;
        codes.set(trigram, code);
      }
      encoded[position++] = code;
    }
    return encoded.sort();
  });
}

function sortedOverlap(a: Int32Array | undefined, b: Int32Array | undefined): number {
  if (a === undefined || b === undefined) return 0;
  let shared = 0;
  let x = 0;
  let y = 0;
  while (x < a.length && y < b.length) {
    const left = a[x] ?? 0;
    const right = b[y] ?? 0;
    if (left === right) {
      shared++;
      x++;
      y++;
    } else if (left < right) x++;
    else y++;
  }
  return shared;
}

/** Visits the statements listed under `key` so far, then lists `index` under it. */
function scan(postings: Map<string, number[]>, key: string, index: number, visit: (earlier: number) => void): void {
  let list = postings.get(key);
  if (list === undefined) {
    list = [];
    postings.set(key, list);
  }
  for (const earlier of list) visit(earlier);
  list.push(index);
}
