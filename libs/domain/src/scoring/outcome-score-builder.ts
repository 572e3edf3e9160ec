import { uncheckedOpportunity } from './opportunity-algorithm.js';
import { uncheckedOpportunityZone } from './opportunity-zone.js';
import type { OutcomeScore, ScoreBounds } from './outcome-score.js';
import { LOW_SAMPLE_SIZE } from './rating-scale.js';
import { type ProportionBounds, uncheckedWilsonInterval } from './wilson-interval.js';

/**
 * Builds the score from counts already known to be valid (whole, non-negative, top-box ≤ answers, at least
 * one question answered). Shared by `scoreFromCounts` and `scoreOutcome` so both paths agree to the bit.
 */
export function buildOutcomeScore(
  nImportance: number,
  importantCount: number,
  nSatisfaction: number,
  satisfiedCount: number,
): OutcomeScore {
  const importance = shareOfTen(importantCount, nImportance);
  const satisfaction = shareOfTen(satisfiedCount, nSatisfaction);
  const opportunity = opportunityFromCounts(importantCount, nImportance, satisfiedCount, nSatisfaction);
  const importanceBounds = toScoreBounds(uncheckedWilsonInterval(importantCount, nImportance), importance);
  const satisfactionBounds = toScoreBounds(uncheckedWilsonInterval(satisfiedCount, nSatisfaction), satisfaction);
  return {
    importance,
    satisfaction,
    opportunity,
    nImportance,
    nSatisfaction,
    zone: uncheckedOpportunityZone(importance, satisfaction, opportunity),
    interval: {
      importance: importanceBounds,
      satisfaction: satisfactionBounds,
      // Opportunity rises with importance and falls with satisfaction, so the extremes over the box of
      // the two intervals sit at opposite corners. The min/max only absorb rounding at the edges.
      opportunity: {
        low: Math.min(uncheckedOpportunity(importanceBounds.low, satisfactionBounds.high), opportunity),
        high: Math.max(uncheckedOpportunity(importanceBounds.high, satisfactionBounds.low), opportunity),
      },
      lowSample: nImportance < LOW_SAMPLE_SIZE || nSatisfaction < LOW_SAMPLE_SIZE,
    },
  };
}

function shareOfTen(count: number, n: number): number {
  return n === 0 ? 0 : (10 * count) / n;
}

/**
 * The opportunity algorithm evaluated on the counts as one fraction, so the only rounding is the final
 * division. Computing `importance + max(importance − satisfaction, 0)` from the rounded scores instead
 * misplaces exact zone boundaries: 11 of 12 important and 10 of 12 satisfied is exactly 10 (solid) but
 * comes out as 9.999999999999998 (served). Exact while answers per question stay below about 20 million.
 */
function opportunityFromCounts(importantCount: number, nImportance: number, satisfiedCount: number, nSatisfaction: number): number {
  if (nImportance === 0) return 0;
  if (nSatisfaction === 0) return (20 * importantCount) / nImportance;
  const importanceNumerator = importantCount * nSatisfaction;
  const gap = importanceNumerator - satisfiedCount * nImportance;
  return (10 * (importanceNumerator + Math.max(gap, 0))) / (nImportance * nSatisfaction);
}

function toScoreBounds(bounds: ProportionBounds, score: number): ScoreBounds {
  // (k/n)·10 and (10k)/n can differ in the last bit; keep the point estimate inside its interval.
  return { low: Math.min(bounds.low * 10, score), high: Math.max(bounds.high * 10, score) };
}
