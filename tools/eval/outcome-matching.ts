/** Similarity of two outcome statements; in production `outcomeSimilarity` from `@outcome-atlas/domain`. */
export type Similarity = (a: string, b: string) => number;

export type MatchOptions = {
  /** A pair is a candidate when `similarity >= threshold`; must lie in (0, 1]. */
  threshold: number;
  similarity: Similarity;
};

export type StatementLike = { statement: string };

/** Indexes refer to the `extracted` and `gold` arrays given to {@link matchOutcomes}. */
export type OutcomeMatch = { extracted: number; gold: number; similarity: number };

export type MatchResult = {
  /** Sorted by extracted index. */
  matches: OutcomeMatch[];
  unmatchedExtracted: number[];
  unmatchedGold: number[];
};

/**
 * One-to-one matching of extracted to gold statements, **greedy on descending similarity**:
 * all pairs with `similarity >= threshold` are sorted by similarity (highest first), ties broken by
 * the lower extracted index, then the lower gold index; each pair is taken when neither side is
 * matched yet. Pairs whose similarity is not a finite number are ignored.
 *
 * Greedy is what a reviewer does by hand ("the closest pair first") and is stable under the tie
 * rules. It may match fewer pairs than a maximum-cardinality assignment (Hungarian) when one
 * extracted statement is the best candidate for two gold statements; with a similarity that
 * separates paraphrases from different needs this is rare, and then it errs on the strict side.
 */
export function matchOutcomes(extracted: readonly StatementLike[], gold: readonly StatementLike[], options: MatchOptions): MatchResult {
  const { threshold, similarity } = options;
  if (!Number.isFinite(threshold) || threshold <= 0 || threshold > 1) {
    throw new RangeError(`threshold must be in (0, 1], got ${threshold}`);
  }
  const candidates: OutcomeMatch[] = [];
  extracted.forEach((candidate, e) => {
    gold.forEach((reference, g) => {
      const score = similarity(candidate.statement, reference.statement);
      if (Number.isFinite(score) && score >= threshold) candidates.push({ extracted: e, gold: g, similarity: score });
    });
  });
  candidates.sort((a, b) => b.similarity - a.similarity || a.extracted - b.extracted || a.gold - b.gold);

  const usedExtracted = new Set<number>();
  const usedGold = new Set<number>();
  const matches: OutcomeMatch[] = [];
  for (const pair of candidates) {
    if (usedExtracted.has(pair.extracted) || usedGold.has(pair.gold)) continue;
    usedExtracted.add(pair.extracted);
    usedGold.add(pair.gold);
    matches.push(pair);
  }
  matches.sort((a, b) => a.extracted - b.extracted);
  return {
    matches,
    unmatchedExtracted: indexes(extracted.length).filter((i) => !usedExtracted.has(i)),
    unmatchedGold: indexes(gold.length).filter((i) => !usedGold.has(i)),
  };
}

function indexes(length: number): number[] {
  return Array.from({ length }, (_, i) => i);
}
