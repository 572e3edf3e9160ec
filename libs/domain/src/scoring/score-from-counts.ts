import { DomainInputError, assertCount } from '../validation/index.js';
import { buildOutcomeScore } from './outcome-score-builder.js';
import type { OutcomeCounts, OutcomeScore } from './outcome-score.js';

/**
 * Scores one outcome from aggregated answer counts (e.g. a SQL `COUNT(*) FILTER (WHERE importance >= 4)`).
 *
 * - `importance = 10 · importantCount / nImportance`, `satisfaction = 10 · satisfiedCount / nSatisfaction`
 *   (top-two-box shares on 0..10), `nImportance = counts.nImportance ?? counts.n`, likewise satisfaction.
 * - `opportunity = importance + max(importance − satisfaction, 0)` — Ulwick's opportunity algorithm
 *   (Outcome-Driven Innovation, Strategyn; *What Customers Want*, 2005), evaluated exactly on the counts.
 * - `interval.importance` / `interval.satisfaction`: 95% Wilson (1927) intervals of the shares, times 10.
 * - `interval.opportunity`: `low = opportunity(importance.low, satisfaction.high)`,
 *   `high = opportunity(importance.high, satisfaction.low)`. Opportunity is non-decreasing in importance and
 *   non-increasing in satisfaction, so these corners are its extremes over every (importance, satisfaction)
 *   pair the two intervals allow. The range is conservative: it assumes both estimates err in the worst
 *   direction at once, so it is wider than an interval built for the opportunity itself; and since each
 *   Wilson interval covers about 95%, the Bonferroni inequality keeps joint coverage at about 90% or more
 *   even if the two questions' errors are correlated.
 * - `interval.lowSample` when either question has fewer than 30 answers.
 *
 * Zero answers: both questions unanswered is an error (`EMPTY_INPUT`, field `n`). When only one question is
 * unanswered its score is 0, its interval is the uninformative 0..10 and `lowSample` is true; with no
 * satisfaction answers the opportunity is therefore 2 × importance with an interval from importance-low to
 * 2 × importance-high, which callers should show as "not enough data" rather than as a finding.
 *
 * @throws DomainInputError `NOT_A_NUMBER`, `NOT_AN_INTEGER` or `OUT_OF_RANGE` for a count that is not a
 *   whole number ≥ 0 (field as passed: `n`, `nImportance`, `nSatisfaction`, `importantCount`,
 *   `satisfiedCount`); `INCONSISTENT_INPUT` when a per-question n exceeds `n` (`nImportance`,
 *   `nSatisfaction`) or a top-box count exceeds its question's n (`importantCount`, `satisfiedCount`);
 *   `EMPTY_INPUT` (`n`) when neither question has an answer.
 */
export function scoreFromCounts(counts: OutcomeCounts): OutcomeScore {
  return scoreCountsAt(counts, '');
}

/** {@link scoreFromCounts} with error fields prefixed by `path` (e.g. `a["o1"]`), for callers scoring collections. */
export function scoreCountsAt(counts: OutcomeCounts, path: string): OutcomeScore {
  const field = (name: string): string => (path === '' ? name : `${path}.${name}`);
  const { n, importantCount, satisfiedCount } = counts;
  assertCount(n, field('n'));
  const nImportance = answerCount(counts.nImportance, n, field('nImportance'));
  const nSatisfaction = answerCount(counts.nSatisfaction, n, field('nSatisfaction'));
  assertTopBoxCount(importantCount, nImportance, field('importantCount'));
  assertTopBoxCount(satisfiedCount, nSatisfaction, field('satisfiedCount'));
  if (nImportance === 0 && nSatisfaction === 0) {
    throw new DomainInputError('EMPTY_INPUT', field('n'), 'expected at least one importance or satisfaction answer');
  }
  return buildOutcomeScore(nImportance, importantCount, nSatisfaction, satisfiedCount);
}

function answerCount(override: number | undefined, n: number, field: string): number {
  if (override === undefined) return n;
  assertCount(override, field);
  if (override > n) {
    throw new DomainInputError('INCONSISTENT_INPUT', field, `expected at most n = ${n} answers, got ${override}`);
  }
  return override;
}

function assertTopBoxCount(count: unknown, answers: number, field: string): asserts count is number {
  assertCount(count, field);
  if (count > answers) {
    throw new DomainInputError('INCONSISTENT_INPUT', field, `expected at most ${answers} (the answers to this question), got ${count}`);
  }
}
