import { describe, expect, it } from 'vitest';
import {
  ratesFromCounts,
  scoreExtraction,
  scoreTranscript,
  verbatimGrounding,
  type ExtractedOutcome,
  type ExtractionCounts,
  type ExtractionRates,
  type MatchOptions,
  type ScoredGoldOutcome,
  type TranscriptExtraction,
} from './extraction-metrics.ts';

// Stand-in for outcomeSimilarity: Jaccard index of the lower-cased word sets.
function tokenJaccard(a: string, b: string): number {
  const words = (text: string) => new Set(text.toLowerCase().match(/[a-z0-9']+/g) ?? []);
  const left = words(a);
  const right = words(b);
  const shared = [...left].filter((word) => right.has(word)).length;
  const union = left.size + right.size - shared;
  return union === 0 ? 0 : shared / union;
}

const options: MatchOptions = { threshold: 0.6, similarity: tokenJaccard };

const TEXT = 'I spend hours chasing receipts.\n\nI worry about paying a bill twice.';

// Pairwise Jaccard of the gold statements stays below 0.6 (the closest, GOLD[1]~GOLD[2], is 5/11).
const GOLD: ScoredGoldOutcome[] = [
  { statement: 'Minimize the time it takes to collect receipts', jobStep: 'Locate' },
  { statement: 'Minimize the likelihood of paying a bill twice', jobStep: 'Execute' },
  { statement: 'Minimize the likelihood of missing a tax deadline', jobStep: 'Monitor' },
];

const outcome = (statement: string, jobStep: string | null | undefined, ...quotes: string[]): ExtractedOutcome => ({
  statement,
  jobStep,
  evidence: quotes.map((quote) => ({ quote })),
});

const input = (extracted: ExtractedOutcome[], gold: ScoredGoldOutcome[] = GOLD, forbidden?: string[]): TranscriptExtraction => ({
  name: 'ana',
  extracted,
  gold,
  isGrounded: verbatimGrounding(TEXT),
  ...(forbidden === undefined ? {} : { forbidden }),
});

const counts = (c: Partial<ExtractionCounts>): ExtractionCounts => ({
  extracted: 0,
  gold: 0,
  matched: 0,
  quotes: 0,
  groundedQuotes: 0,
  jobStepCorrect: 0,
  leaked: 0,
  ...c,
});

type Case = { scenario: string; input: TranscriptExtraction; counts: ExtractionCounts; rates: ExtractionRates };

const cases: Case[] = [
  {
    scenario: 'perfect extraction',
    input: input([
      outcome(GOLD[0]!.statement, 'Locate', 'I spend hours chasing receipts.'),
      outcome(GOLD[1]!.statement, 'Execute', 'paying a bill twice'),
      outcome(GOLD[2]!.statement, 'Monitor', 'I worry'),
    ]),
    counts: counts({ extracted: 3, gold: 3, matched: 3, quotes: 3, groundedQuotes: 3, jobStepCorrect: 3 }),
    rates: { precision: 1, recall: 1, f1: 1, groundingRate: 1, jobStepAccuracy: 1 },
  },
  {
    scenario: 'typical run: one miss, one wrong step, one invented quote',
    input: input([
      outcome('Minimize the time it takes to collect receipts', 'locate', 'I spend hours chasing receipts.'),
      outcome('Minimize the likelihood of paying a bill twice', 'Confirm', 'paying a bill twice', 'I never pay twice'),
      outcome('Increase the number of happy customers', 'Conclude'),
    ]),
    // P = R = 2/3, F1 = 2/3; grounding 2 of 3 quotes; job step right in 1 of 2 matches ("locate" = "Locate").
    counts: counts({ extracted: 3, gold: 3, matched: 2, quotes: 3, groundedQuotes: 2, jobStepCorrect: 1 }),
    rates: { precision: 2 / 3, recall: 2 / 3, f1: 2 / 3, groundingRate: 2 / 3, jobStepAccuracy: 1 / 2 },
  },
  {
    scenario: 'paraphrase at Jaccard 7/9 matches; one at 4/10 does not',
    input: input([
      outcome('Minimize the time it takes to gather receipts', 'Locate', 'chasing receipts'),
      outcome('Minimize the time spent gathering receipts', 'Locate', 'chasing receipts'),
    ]),
    // P = 1/2, R = 1/3, F1 = 2·(1/6)/(5/6) = 2/5.
    counts: counts({ extracted: 2, gold: 3, matched: 1, quotes: 2, groundedQuotes: 2, jobStepCorrect: 1 }),
    rates: { precision: 1 / 2, recall: 1 / 3, f1: 2 / 5, groundingRate: 1, jobStepAccuracy: 1 },
  },
  {
    scenario: 'duplicate extractions of one need count once',
    input: input([
      outcome(GOLD[1]!.statement, 'Execute', 'paying a bill twice'),
      outcome(GOLD[1]!.statement, 'Execute', 'paying a bill twice'),
    ]),
    counts: counts({ extracted: 2, gold: 3, matched: 1, quotes: 2, groundedQuotes: 2, jobStepCorrect: 1 }),
    rates: { precision: 1 / 2, recall: 1 / 3, f1: 2 / 5, groundingRate: 1, jobStepAccuracy: 1 },
  },
  {
    scenario: 'a missing or blank job step counts as wrong',
    input: input([outcome(GOLD[0]!.statement, undefined, 'chasing receipts'), outcome(GOLD[1]!.statement, null), outcome(GOLD[2]!.statement, ' ')]),
    counts: counts({ extracted: 3, gold: 3, matched: 3, quotes: 1, groundedQuotes: 1, jobStepCorrect: 0 }),
    rates: { precision: 1, recall: 1, f1: 1, groundingRate: 1, jobStepAccuracy: 0 },
  },
  {
    scenario: 'blank and case-changed quotes are not grounded',
    input: input([outcome(GOLD[0]!.statement, 'Locate', '', '   ', 'i spend hours chasing receipts.', 'hours chasing')]),
    counts: counts({ extracted: 1, gold: 3, matched: 1, quotes: 4, groundedQuotes: 1, jobStepCorrect: 1 }),
    rates: { precision: 1, recall: 1 / 3, f1: 1 / 2, groundingRate: 1 / 4, jobStepAccuracy: 1 },
  },
  {
    scenario: 'an injected statement counts as a leak and as a false positive',
    input: input(
      [outcome('Minimize the cost of buying our product', 'Execute', 'I worry'), outcome(GOLD[1]!.statement, 'Execute', 'I worry')],
      GOLD,
      ['Minimize the cost of buying our product'],
    ),
    counts: counts({ extracted: 2, gold: 3, matched: 1, quotes: 2, groundedQuotes: 2, jobStepCorrect: 1, leaked: 1 }),
    rates: { precision: 1 / 2, recall: 1 / 3, f1: 2 / 5, groundingRate: 1, jobStepAccuracy: 1 },
  },
  {
    scenario: 'nothing extracted while gold exists: every rate is 0',
    input: input([]),
    counts: counts({ gold: 3 }),
    rates: { precision: 0, recall: 0, f1: 0, groundingRate: 0, jobStepAccuracy: 0 },
  },
  {
    scenario: 'extractions for a transcript without gold outcomes: precision and recall 0',
    input: input([outcome('Minimize the time it takes to collect receipts', 'Locate', 'chasing receipts')], []),
    counts: counts({ extracted: 1, quotes: 1, groundedQuotes: 1 }),
    rates: { precision: 0, recall: 0, f1: 0, groundingRate: 1, jobStepAccuracy: 0 },
  },
  {
    scenario: 'nothing extracted and nothing to find: precision, recall and F1 are 1',
    input: input([], []),
    counts: counts({}),
    rates: { precision: 1, recall: 1, f1: 1, groundingRate: 0, jobStepAccuracy: 0 },
  },
];

describe('scoreTranscript', () => {
  it.each(cases)('$scenario', (c) => {
    const score = scoreTranscript(c.input, options);
    expect(score.counts).toEqual(c.counts);
    const rates = { precision: score.precision, recall: score.recall, f1: score.f1, groundingRate: score.groundingRate, jobStepAccuracy: score.jobStepAccuracy };
    for (const [key, expected] of Object.entries(c.rates)) {
      expect(rates[key as keyof ExtractionRates], key).toBeCloseTo(expected, 12);
    }
  });

  it('reports the matched pairs by index', () => {
    const score = scoreTranscript(input([outcome('Increase the number of happy customers', 'Define'), outcome(GOLD[2]!.statement, 'Monitor')]), options);
    expect(score.matches).toEqual([{ extracted: 1, gold: 2, similarity: 1 }]);
  });

  it('never asks the grounding callback about a blank quote', () => {
    const asked: string[] = [];
    scoreTranscript({ ...input([outcome(GOLD[0]!.statement, 'Locate', '', ' x ')]), isGrounded: (q) => (asked.push(q), true) }, options);
    expect(asked).toEqual([' x ']);
  });
});

describe('scoreExtraction', () => {
  // A: 3 extracted, 3 gold, 2 matched (F1 2/3). B: 4 extracted, 4 gold, 1 matched (F1 1/4).
  const a = input([
    outcome(GOLD[0]!.statement, 'Locate', 'chasing receipts'),
    outcome(GOLD[1]!.statement, 'Monitor', 'made up'),
    outcome('Increase the number of happy customers', 'Define'),
  ]);
  const goldB: ScoredGoldOutcome[] = [...GOLD, { statement: 'Minimize the number of receipts lost', jobStep: 'Conclude' }];
  const b: TranscriptExtraction = {
    ...input(
      [
        outcome(GOLD[2]!.statement, 'Monitor', 'I worry', 'paying a bill'),
        outcome('Increase the share of invoices paid early', 'Execute'),
        outcome('Minimize the cost of buying our product', 'Execute'),
        outcome('Increase the number of five star reviews', 'Conclude'),
      ],
      goldB,
      ['Minimize the cost of buying our product'],
    ),
    name: 'ben',
  };

  it('micro-averages by summing counts over transcripts', () => {
    const report = scoreExtraction([a, b], options);
    expect(report.transcripts.map((t) => t.name)).toEqual(['ana', 'ben']);
    expect(report.transcripts[0]?.f1).toBeCloseTo(2 / 3, 12);
    expect(report.transcripts[1]?.f1).toBeCloseTo(1 / 4, 12);
    // Summed: 7 extracted, 7 gold, 3 matched → P = R = F1 = 3/7 (macro F1 would be (2/3 + 1/4) / 2 = 11/24).
    expect(report.overall.counts).toEqual(counts({ extracted: 7, gold: 7, matched: 3, quotes: 4, groundedQuotes: 3, jobStepCorrect: 2, leaked: 1 }));
    expect(report.overall.precision).toBeCloseTo(3 / 7, 12);
    expect(report.overall.recall).toBeCloseTo(3 / 7, 12);
    expect(report.overall.f1).toBeCloseTo(3 / 7, 12);
    expect(report.overall.groundingRate).toBeCloseTo(3 / 4, 12);
    expect(report.overall.jobStepAccuracy).toBeCloseTo(2 / 3, 12);
  });

  it('is deterministic', () => {
    expect(scoreExtraction([a, b], options)).toEqual(scoreExtraction([a, b], options));
  });

  it('an empty run scores as "nothing to find, nothing proposed"', () => {
    const report = scoreExtraction([], options);
    expect(report.transcripts).toEqual([]);
    expect(report.overall).toEqual({ precision: 1, recall: 1, f1: 1, groundingRate: 0, jobStepAccuracy: 0, counts: counts({}) });
  });
});

describe('ratesFromCounts', () => {
  const edgeCounts: ExtractionCounts[] = [
    counts({}),
    counts({ extracted: 5 }),
    counts({ gold: 5 }),
    counts({ quotes: 3 }),
    counts({ extracted: 1, gold: 1, matched: 1 }),
    counts({ extracted: 2, gold: 9, matched: 0, quotes: 2, groundedQuotes: 0 }),
  ];

  it.each(edgeCounts)('is finite and within [0, 1] for %o', (c) => {
    for (const value of Object.values(ratesFromCounts(c))) {
      expect(Number.isFinite(value)).toBe(true);
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThanOrEqual(1);
    }
  });
});

describe('verbatimGrounding', () => {
  const grounded = verbatimGrounding(TEXT);

  it.each([
    ['an exact passage', 'paying a bill twice', true],
    ['a passage across the utterance separator', 'receipts.\n\nI worry', true],
    ['a different case', 'Paying a bill twice', false],
    ['a paraphrase', 'paying bills twice', false],
    ['the empty string', '', false],
    ['whitespace only', '  ', false],
  ])('%s → %s', (_scenario, quote, expected) => {
    expect(grounded(quote)).toBe(expected);
  });
});
