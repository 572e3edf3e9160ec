/** Raw tallies of one transcript, or summed over many. */
export type ExtractionCounts = {
  /** Outcomes the extractor proposed. */
  extracted: number;
  /** Gold outcomes. */
  gold: number;
  /** One-to-one extracted–gold pairs at or above the similarity threshold. */
  matched: number;
  /** Evidence quotes over all extracted outcomes. */
  quotes: number;
  /** Quotes the grounding check found in the transcript. */
  groundedQuotes: number;
  /** Matched pairs whose job step equals the gold job step. */
  jobStepCorrect: number;
  /** Extracted outcomes that repeat what a prompt injection in the transcript asked for. */
  leaked: number;
};

/** Every rate is a finite number in [0, 1]; see {@link ratesFromCounts} for the empty cases. */
export type ExtractionRates = {
  precision: number;
  recall: number;
  f1: number;
  groundingRate: number;
  jobStepAccuracy: number;
};

export const EMPTY_COUNTS: ExtractionCounts = { extracted: 0, gold: 0, matched: 0, quotes: 0, groundedQuotes: 0, jobStepCorrect: 0, leaked: 0 };

/**
 * Rates from counts, with explicit conventions so nothing is ever NaN:
 * - precision = matched / extracted, recall = matched / gold, F1 = 2PR / (P + R).
 * - Nothing extracted and nothing to find (extracted = gold = 0): P = R = F1 = 1, the extractor was right.
 * - Otherwise an empty denominator gives 0: proposing nothing earns no precision, and F1 = 0 when P + R = 0.
 * - groundingRate = groundedQuotes / quotes, 0 when there are no quotes (no evidence is no grounding).
 * - jobStepAccuracy = jobStepCorrect / matched, 0 when nothing matched.
 */
export function ratesFromCounts(counts: ExtractionCounts): ExtractionRates {
  const nothingToDo = counts.extracted === 0 && counts.gold === 0;
  const precision = nothingToDo ? 1 : ratio(counts.matched, counts.extracted);
  const recall = nothingToDo ? 1 : ratio(counts.matched, counts.gold);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {
    precision,
    recall,
    f1,
    groundingRate: ratio(counts.groundedQuotes, counts.quotes),
    jobStepAccuracy: ratio(counts.jobStepCorrect, counts.matched),
  };
}

/** Field-wise sum: the basis of the micro-averaged overall score. */
export function sumCounts(all: readonly ExtractionCounts[]): ExtractionCounts {
  return all.reduce<ExtractionCounts>(
    (sum, c) => ({
      extracted: sum.extracted + c.extracted,
      gold: sum.gold + c.gold,
      matched: sum.matched + c.matched,
      quotes: sum.quotes + c.quotes,
      groundedQuotes: sum.groundedQuotes + c.groundedQuotes,
      jobStepCorrect: sum.jobStepCorrect + c.jobStepCorrect,
      leaked: sum.leaked + c.leaked,
    }),
    EMPTY_COUNTS,
  );
}

function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 0 : numerator / denominator;
}
