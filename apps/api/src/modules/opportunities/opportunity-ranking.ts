import type { OpportunityScore } from '@outcome-atlas/contracts';
import { rankOpportunities, scoreFromCounts, type OutcomeCounts, type OutcomeScore, type RankedOpportunity } from '@outcome-atlas/domain';
import type { OutcomeCountsRow } from './outcome-counts.query.js';

export type ScoredOutcome = { id: string; row: OutcomeCountsRow; score: OutcomeScore };
export type RankedOutcome = RankedOpportunity<ScoredOutcome>;

const isRated = (row: OutcomeCountsRow) => row.n_importance > 0 || row.n_satisfaction > 0;

/** The domain's counts for one aggregate row; n (respondents with any answer) is at least each question's count. */
export const toOutcomeCounts = (row: Pick<OutcomeCountsRow, 'n_importance' | 'important' | 'n_satisfaction' | 'satisfied'>): OutcomeCounts => ({
  n: Math.max(row.n_importance, row.n_satisfaction),
  importantCount: row.important,
  satisfiedCount: row.satisfied,
  nImportance: row.n_importance,
  nSatisfaction: row.n_satisfaction,
});

/** Scores every outcome someone answered and ranks them all together; outcomes nobody answered are only counted. */
export function rankOutcomeCounts(rows: readonly OutcomeCountsRow[]): { ranked: RankedOutcome[]; unrated: number } {
  const scored = rows.filter(isRated).map((row) => ({ id: row.id, row, score: scoreFromCounts(toOutcomeCounts(row)) }));
  return { ranked: rankOpportunities(scored), unrated: rows.length - scored.length };
}

/** Per-outcome counts of the outcomes someone answered, as `compareSegments` takes them. */
export const ratedCountsById = (rows: readonly OutcomeCountsRow[]): Map<string, OutcomeCounts> =>
  new Map(rows.filter(isRated).map((row) => [row.id, toOutcomeCounts(row)]));

/** The contract's score fields (full precision; `lowSample` repeated at the top level). */
export const toScoreFields = (score: OutcomeScore): OpportunityScore => ({
  importance: score.importance,
  satisfaction: score.satisfaction,
  opportunity: score.opportunity,
  zone: score.zone,
  interval: {
    importance: { ...score.interval.importance },
    satisfaction: { ...score.interval.satisfaction },
    opportunity: { ...score.interval.opportunity },
    lowSample: score.interval.lowSample,
  },
  nImportance: score.nImportance,
  nSatisfaction: score.nSatisfaction,
  lowSample: score.interval.lowSample,
});
