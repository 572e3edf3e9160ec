import { rankOpportunities, scoreFromCounts } from '../scoring/index.js';
import { RATING_SCALE, type ParsedRatings } from './rating-matrix.js';
import type { SegmentOpportunity } from './segmentation-types.js';

/** Top-two-box: an answer of 4 or 5 on the 1–5 scale counts as "important" / "satisfied". */
const TOP_BOX_MIN = RATING_SCALE - 1;

type ClusterAnswerCounts = {
  readonly nImportance: Int32Array;
  readonly important: Int32Array;
  readonly nSatisfaction: Int32Array;
  readonly satisfied: Int32Array;
};

/** Per cluster and outcome (row-major `k × outcomes`), the answer and top-two-box counts in one pass. */
function countAnswers(ratings: ParsedRatings, labels: Int32Array, k: number): ClusterAnswerCounts {
  const { respondents, outcomes, importance, satisfaction } = ratings;
  const counts: ClusterAnswerCounts = {
    nImportance: new Int32Array(k * outcomes),
    important: new Int32Array(k * outcomes),
    nSatisfaction: new Int32Array(k * outcomes),
    satisfied: new Int32Array(k * outcomes),
  };
  for (let r = 0; r < respondents; r++) {
    const source = r * outcomes;
    const target = (labels[r] as number) * outcomes;
    for (let o = 0; o < outcomes; o++) {
      const givenImportance = importance[source + o] as number;
      if (givenImportance !== 0) {
        counts.nImportance[target + o] = (counts.nImportance[target + o] as number) + 1;
        if (givenImportance >= TOP_BOX_MIN) {
          counts.important[target + o] = (counts.important[target + o] as number) + 1;
        }
      }
      const givenSatisfaction = satisfaction[source + o] as number;
      if (givenSatisfaction !== 0) {
        counts.nSatisfaction[target + o] = (counts.nSatisfaction[target + o] as number) + 1;
        if (givenSatisfaction >= TOP_BOX_MIN) {
          counts.satisfied[target + o] = (counts.satisfied[target + o] as number) + 1;
        }
      }
    }
  }
  return counts;
}

/**
 * Each segment's most underserved outcomes: every outcome is scored with Ulwick's opportunity algorithm
 * over the segment's own answers (`scoreFromCounts`: top-two-box importance and satisfaction on 0..10,
 * opportunity = importance + max(importance − satisfaction, 0)), ranked by `rankOpportunities`, and the
 * first `top` kept. Scores use the raw answers, not the imputed profile, so they match what the same
 * respondents would score anywhere else in the product. An outcome that no member answered on one of the
 * two questions is left out: its opportunity would rest on one question alone.
 *
 * @returns one list per cluster label 0..k−1.
 */
export function segmentOpportunities(
  ratings: ParsedRatings,
  outcomeIds: readonly string[],
  labels: Int32Array,
  sizes: Int32Array,
  top: number,
): SegmentOpportunity[][] {
  const k = sizes.length;
  const { outcomes } = ratings;
  const counts = countAnswers(ratings, labels, k);
  return Array.from({ length: k }, (_, cluster) => {
    const scored = [];
    for (let o = 0; o < outcomes; o++) {
      const at = cluster * outcomes + o;
      const nImportance = counts.nImportance[at] as number;
      const nSatisfaction = counts.nSatisfaction[at] as number;
      if (nImportance === 0 || nSatisfaction === 0) {
        continue;
      }
      const score = scoreFromCounts({
        n: sizes[cluster] as number,
        nImportance,
        nSatisfaction,
        importantCount: counts.important[at] as number,
        satisfiedCount: counts.satisfied[at] as number,
      });
      scored.push({ id: outcomeIds[o] as string, score });
    }
    return rankOpportunities(scored)
      .slice(0, top)
      .map((item) => ({ outcomeId: item.id, rank: item.rank, tied: item.tied, score: item.score }));
  });
}
