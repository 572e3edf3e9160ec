import { DomainInputError, assertFinite } from '../validation/index.js';
import type { OutcomeCounts, OutcomeScore } from './outcome-score.js';
import { scoreCountsAt } from './score-from-counts.js';
import { type ProportionTest, uncheckedTwoProportionZTest } from './two-proportion-z-test.js';

/** One segment's answer counts per outcome, keyed by outcome id (one SQL aggregate row per outcome). */
export type SegmentCounts = ReadonlyMap<string, OutcomeCounts>;

export type SegmentComparisonOptions = {
  /** Significance level of each two-sided test; default 0.05. */
  alpha?: number;
};

export type SignificanceTest = ProportionTest & { significant: boolean };

export type OutcomeSegmentComparison = {
  outcomeId: string;
  a: OutcomeScore;
  b: OutcomeScore;
  /** Segment a minus segment b, full precision (importance, satisfaction on 0..10; opportunity on 0..20). */
  difference: { importance: number; satisfaction: number; opportunity: number };
  /** Pooled two-proportion z-test of the top-two-box importance shares. */
  importance: SignificanceTest;
  /** Pooled two-proportion z-test of the top-two-box satisfaction shares. */
  satisfaction: SignificanceTest;
};

export type SegmentComparison = {
  /** Outcomes rated in both segments, ordered by outcome id (UTF-16 code units). */
  outcomes: OutcomeSegmentComparison[];
  /** Outcome ids present only in a, sorted: nothing to compare them with. */
  onlyInA: string[];
  /** Outcome ids present only in b, sorted. */
  onlyInB: string[];
};

/**
 * Compares two outcome-based segments outcome by outcome, as ODI's outcome-based segmentation does to
 * show where segments disagree about what is important and unmet (Ulwick, *What Customers Want*, 2005).
 *
 * For every outcome id present in both maps: both scores (exactly as `scoreFromCounts`), the differences
 * a − b of importance, satisfaction and opportunity, and for importance and satisfaction a pooled
 * two-proportion z-test of the top-two-box shares with its two-sided p-value and `significant = pValue <
 * alpha`. Opportunity has no test of its own: it is a derived, kinked function of the two shares, and the
 * two tests already say which side of the difference is real. Outcomes in only one segment are returned
 * in `onlyInA` / `onlyInB` rather than dropped silently, so the UI can say "not rated by this segment".
 *
 * A question with no answers in either segment, or a pooled share of 0 or 1, gives p-value 1 (no evidence).
 * No multiple-comparison correction is applied; with many outcomes expect about `alpha` of them flagged by
 * chance, or pass a Bonferroni-style `alpha / outcomes` to control the family-wise error.
 *
 * @throws DomainInputError for invalid counts, as `scoreFromCounts`, with the field prefixed by the segment
 *   and outcome id (e.g. `a["o1"].importantCount`); `NOT_A_NUMBER` or `OUT_OF_RANGE` (`alpha`) unless
 *   0 < alpha < 1.
 */
export function compareSegments(a: SegmentCounts, b: SegmentCounts, options: SegmentComparisonOptions = {}): SegmentComparison {
  const alpha = options.alpha ?? 0.05;
  assertFinite(alpha, 'alpha');
  if (alpha <= 0 || alpha >= 1) throw new DomainInputError('OUT_OF_RANGE', 'alpha', `expected a level between 0 and 1, got ${alpha}`);

  const outcomes: OutcomeSegmentComparison[] = [];
  const onlyInA: string[] = [];
  for (const [outcomeId, countsA] of a) {
    const countsB = b.get(outcomeId);
    if (countsB === undefined) onlyInA.push(outcomeId);
    else outcomes.push(compareOutcome(outcomeId, countsA, countsB, alpha));
  }
  const onlyInB = [...b.keys()].filter((outcomeId) => !a.has(outcomeId));
  outcomes.sort((left, right) => compareIds(left.outcomeId, right.outcomeId));
  return { outcomes, onlyInA: onlyInA.sort(compareIds), onlyInB: onlyInB.sort(compareIds) };
}

function compareOutcome(outcomeId: string, countsA: OutcomeCounts, countsB: OutcomeCounts, alpha: number): OutcomeSegmentComparison {
  const key = JSON.stringify(outcomeId);
  const scoreA = scoreCountsAt(countsA, `a[${key}]`);
  const scoreB = scoreCountsAt(countsB, `b[${key}]`);
  return {
    outcomeId,
    a: scoreA,
    b: scoreB,
    difference: {
      importance: scoreA.importance - scoreB.importance,
      satisfaction: scoreA.satisfaction - scoreB.satisfaction,
      opportunity: scoreA.opportunity - scoreB.opportunity,
    },
    importance: withSignificance(
      uncheckedTwoProportionZTest(countsA.importantCount, scoreA.nImportance, countsB.importantCount, scoreB.nImportance),
      alpha,
    ),
    satisfaction: withSignificance(
      uncheckedTwoProportionZTest(countsA.satisfiedCount, scoreA.nSatisfaction, countsB.satisfiedCount, scoreB.nSatisfaction),
      alpha,
    ),
  };
}

function withSignificance(test: ProportionTest, alpha: number): SignificanceTest {
  return { ...test, significant: test.pValue < alpha };
}

function compareIds(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0;
}
