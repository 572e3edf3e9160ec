export { type RatingMatrix } from './rating-matrix.js';
export {
  DEFAULT_TOP_OPPORTUNITIES,
  MAX_SEGMENTS,
  MIN_SEGMENTS,
  SILHOUETTE_SAMPLE_SIZE,
  segmentRespondents,
} from './segment-respondents.js';
export {
  type RespondentSegment,
  type SegmentOpportunity,
  type SegmentationOptions,
  type SegmentationResult,
  type SilhouetteForK,
} from './segmentation-types.js';
export { unmetNeed } from './unmet-need-profile.js';
export { createSeededRandom, type RandomSource } from './seeded-random.js';
