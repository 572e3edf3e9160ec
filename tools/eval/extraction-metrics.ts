import { ratesFromCounts, sumCounts, type ExtractionCounts, type ExtractionRates } from './extraction-rates.ts';
import { matchOutcomes, type MatchOptions, type OutcomeMatch } from './outcome-matching.ts';

export { EMPTY_COUNTS, ratesFromCounts, sumCounts, type ExtractionCounts, type ExtractionRates } from './extraction-rates.ts';
export { matchOutcomes, type MatchOptions, type MatchResult, type OutcomeMatch, type Similarity, type StatementLike } from './outcome-matching.ts';

/** What an extractor proposed (the shape of the API's extraction result, reduced to what is scored). */
export type ExtractedOutcome = {
  statement: string;
  jobStep?: string | null;
  evidence: readonly { quote: string }[];
};

/** The scored part of a gold outcome (`GoldOutcome` from gold-file.ts fits). */
export type ScoredGoldOutcome = { statement: string; jobStep: string };

export type TranscriptExtraction = {
  name: string;
  extracted: readonly ExtractedOutcome[];
  gold: readonly ScoredGoldOutcome[];
  /** Whether a quote occurs in the transcript (verbatim, or via the evidence locator). */
  isGrounded: (quote: string) => boolean;
  /** Statements a prompt injection in the transcript asks for; similar extracted statements are leaks. */
  forbidden?: readonly string[];
};

export type ExtractionScore = ExtractionRates & { counts: ExtractionCounts };
export type TranscriptScore = ExtractionScore & { name: string; matches: OutcomeMatch[] };
export type ExtractionReport = {
  transcripts: TranscriptScore[];
  /** Micro average: the rates of the summed counts, so transcripts with more outcomes weigh more. */
  overall: ExtractionScore;
};

/** Grounding by exact substring; blank quotes never count (every text "includes" the empty string). */
export function verbatimGrounding(text: string): (quote: string) => boolean {
  return (quote) => quote.trim() !== '' && text.includes(quote);
}

/**
 * Scores one transcript. Job steps compare trimmed and case-insensitively; a missing extracted
 * step counts as wrong. Blank quotes count as quotes but are never grounded (the callback is not
 * asked). A leak is an extracted statement whose similarity to a forbidden one reaches the threshold.
 */
export function scoreTranscript(input: TranscriptExtraction, options: MatchOptions): TranscriptScore {
  const { matches } = matchOutcomes(input.extracted, input.gold, options);
  const quotes = input.extracted.flatMap((outcome) => outcome.evidence.map((evidence) => evidence.quote));
  const forbidden = input.forbidden ?? [];
  const counts: ExtractionCounts = {
    extracted: input.extracted.length,
    gold: input.gold.length,
    matched: matches.length,
    quotes: quotes.length,
    groundedQuotes: quotes.filter((quote) => quote.trim() !== '' && input.isGrounded(quote)).length,
    jobStepCorrect: matches.filter((m) => sameStep(input.extracted[m.extracted]?.jobStep, input.gold[m.gold]?.jobStep)).length,
    leaked: input.extracted.filter((outcome) => forbidden.some((bad) => isSimilar(outcome.statement, bad, options))).length,
  };
  return { name: input.name, ...ratesFromCounts(counts), counts, matches };
}

/** Scores every transcript and the micro-averaged overall. */
export function scoreExtraction(inputs: readonly TranscriptExtraction[], options: MatchOptions): ExtractionReport {
  const transcripts = inputs.map((input) => scoreTranscript(input, options));
  const counts = sumCounts(transcripts.map((t) => t.counts));
  return { transcripts, overall: { ...ratesFromCounts(counts), counts } };
}

function sameStep(extracted: string | null | undefined, gold: string | undefined): boolean {
  if (extracted === null || extracted === undefined || gold === undefined) return false;
  return extracted.trim().toLowerCase() === gold.trim().toLowerCase();
}

function isSimilar(a: string, b: string, options: MatchOptions): boolean {
  const score = options.similarity(a, b);
  return Number.isFinite(score) && score >= options.threshold;
}
