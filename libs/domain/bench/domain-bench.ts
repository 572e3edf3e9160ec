/**
 * `npm run bench -w libs/domain`: times the ODI scoring and segmentation on survey-sized data and
 * compares `scoreOutcome` with the plainest possible counting loop over the same objects.
 * Runs on the built library (dist), as the API and web app use it.
 */
import {
  rankOpportunities,
  scoreFromCounts,
  scoreOutcome,
  segmentRespondents,
  type OutcomeRating,
  type OutcomeScore,
} from '@outcome-atlas/domain';

const OUTCOMES = 1_000;
const RESPONDENTS = 5_000;
const SEGMENT_RESPONDENTS = 5_000;
const SEGMENT_OUTCOMES = 200;
const ROUNDS = 9;

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A 1–5 answer around `centre`, missing 3% of the time (respondents skip questions). */
function answer(random: () => number, centre: number): number | undefined {
  if (random() < 0.03) return undefined;
  return Math.min(5, Math.max(1, Math.round(centre + (random() - 0.5) * 3)));
}

function surveyRatings(random: () => number): OutcomeRating[][] {
  return Array.from({ length: OUTCOMES }, () => {
    const importanceCentre = 1.5 + random() * 3.5;
    const satisfactionCentre = 1.5 + random() * 3.5;
    return Array.from({ length: RESPONDENTS }, () => ({
      importance: answer(random, importanceCentre),
      satisfaction: answer(random, satisfactionCentre),
    }));
  });
}

/** The raw baseline: one loop that counts answers and top-two-box answers, no validation, no intervals. */
function baselineScore(ratings: readonly OutcomeRating[]): number {
  let nImportance = 0;
  let important = 0;
  let nSatisfaction = 0;
  let satisfied = 0;
  for (let index = 0; index < ratings.length; index++) {
    const rating = ratings[index]!;
    if (rating.importance != null) {
      nImportance++;
      if (rating.importance >= 4) important++;
    }
    if (rating.satisfaction != null) {
      nSatisfaction++;
      if (rating.satisfaction >= 4) satisfied++;
    }
  }
  const importance = (10 * important) / nImportance;
  const satisfaction = (10 * satisfied) / nSatisfaction;
  return importance + Math.max(importance - satisfaction, 0);
}

/** Median wall time of `rounds` runs (one run when rounds is 0), after one warm-up run unless told not to. */
function time(rounds: number, run: () => unknown, warmUp = true): number {
  if (warmUp) run();
  const samples: number[] = [];
  for (let round = 0; round < Math.max(1, rounds); round++) {
    const started = performance.now();
    run();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)]!;
}

function plantedSegmentMatrix(random: () => number) {
  // Three groups, each with its own block of unmet outcomes (important, badly satisfied).
  const outcomeIds = Array.from({ length: SEGMENT_OUTCOMES }, (_, index) => `o${index}`);
  const respondentIds = Array.from({ length: SEGMENT_RESPONDENTS }, (_, index) => `r${index}`);
  const ratings = respondentIds.map((_, respondent) => {
    const group = respondent % 3;
    return outcomeIds.map((__, outcome) => {
      const unmet = Math.floor(outcome / (SEGMENT_OUTCOMES / 3)) === group;
      return { importance: answer(random, unmet ? 4.5 : 3), satisfaction: answer(random, unmet ? 1.8 : 3.5) };
    });
  });
  return { respondentIds, outcomeIds, ratings };
}

const format = (ms: number) => `${ms.toFixed(ms < 10 ? 2 : 0)} ms`;

const random = mulberry32(20261123);
const started = performance.now();
const survey = surveyRatings(random);
console.log(`Generated ${OUTCOMES} outcomes x ${RESPONDENTS} respondents (${(OUTCOMES * RESPONDENTS) / 1e6} M ratings) in ${format(performance.now() - started)}`);

let sink = 0;
let scores: OutcomeScore[] = [];
const runBaseline = () => {
  for (const ratings of survey) sink += baselineScore(ratings);
};
const runScoreOutcome = () => {
  scores = survey.map((ratings) => scoreOutcome(ratings));
};
// Baseline and scoreOutcome alternate round by round, so drift on a shared machine hits both alike.
const baselineSamples: number[] = [];
const rawSamples: number[] = [];
runBaseline();
runScoreOutcome();
for (let round = 0; round < ROUNDS; round++) {
  baselineSamples.push(time(0, runBaseline, false));
  rawSamples.push(time(0, runScoreOutcome, false));
}
const median = (samples: number[]) => [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)]!;
const baselineMs = median(baselineSamples);
const rawMs = median(rawSamples);
const counts = scores.map((score) => ({
  n: RESPONDENTS,
  nImportance: score.nImportance,
  nSatisfaction: score.nSatisfaction,
  importantCount: Math.round((score.importance / 10) * score.nImportance),
  satisfiedCount: Math.round((score.satisfaction / 10) * score.nSatisfaction),
}));
const countsMs = time(ROUNDS, () => counts.map((count) => scoreFromCounts(count)));
const ranked = scores.map((score, index) => ({ id: `outcome-${index}`, score }));
const rankMs = time(ROUNDS, () => rankOpportunities(ranked));

const matrix = plantedSegmentMatrix(mulberry32(7));
let segmentation = segmentRespondents(matrix, { seed: 42 });
const segmentMs = time(3, () => {
  segmentation = segmentRespondents(matrix, { seed: 42 });
});

const rows = [
  ['Plain counting loop (baseline), 1,000 x 5,000', format(baselineMs), '1.00x'],
  ['`scoreOutcome` over raw ratings, 1,000 x 5,000', format(rawMs), `${(rawMs / baselineMs).toFixed(2)}x`],
  ['`scoreFromCounts` for 1,000 outcomes', format(countsMs), ''],
  ['`rankOpportunities` of 1,000 scores', format(rankMs), ''],
  [`\`segmentRespondents\` ${SEGMENT_RESPONDENTS} x ${SEGMENT_OUTCOMES}, k by silhouette (chose ${segmentation.k})`, format(segmentMs), ''],
];
console.log('\n| Task | Median time | vs baseline |\n|---|---:|---:|');
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
console.log(`\nTargets: scoreOutcome within 1.5x of the baseline (${rawMs / baselineMs <= 1.5 ? 'met' : 'MISSED'}), segmentation under 2 s (${segmentMs < 2000 ? 'met' : 'MISSED'}). Checksum ${sink.toFixed(1)}`);
