export type {
  OpportunityZone,
  OutcomeCounts,
  OutcomeRating,
  OutcomeScore,
  OutcomeScoreInterval,
  ScoreBounds,
} from './outcome-score.js';
export { DEFAULT_RATING_SCALE, LOW_SAMPLE_SIZE } from './rating-scale.js';
export { topTwoBox } from './top-two-box.js';
export { opportunity } from './opportunity-algorithm.js';
export { roundScore } from './score-rounding.js';
export { opportunityZone } from './opportunity-zone.js';
export { Z_95, wilsonInterval, type ProportionBounds } from './wilson-interval.js';
export { scoreFromCounts } from './score-from-counts.js';
export { scoreOutcome } from './score-outcome.js';
export { rankOpportunities, type RankableOpportunity, type RankedOpportunity } from './opportunity-ranking.js';
export { standardNormalCdf } from './normal-distribution.js';
export { twoProportionZTest, type ProportionSample, type ProportionTest } from './two-proportion-z-test.js';
export {
  compareSegments,
  type OutcomeSegmentComparison,
  type SegmentComparison,
  type SegmentComparisonOptions,
  type SegmentCounts,
  type SignificanceTest,
} from './segment-comparison.js';
