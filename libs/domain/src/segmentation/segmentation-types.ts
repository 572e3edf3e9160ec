import type { OutcomeScore } from '../scoring/index.js';

export type SegmentationOptions = {
  /**
   * Number of segments, a whole number from 2 to 6 (and at most respondents − 1). Leave it out to let
   * the mean silhouette choose among 2..6.
   */
  readonly k?: number;
  /** Any safe integer. The same input and seed always give the same segmentation. */
  readonly seed: number;
  /** How many top opportunities to report per segment (whole number ≥ 1, default 5). */
  readonly top?: number;
};

/** One of a segment's most underserved outcomes, scored over the segment's members only. */
export type SegmentOpportunity = {
  readonly outcomeId: string;
  /** Competition rank within the segment ("1224"), 1 = highest opportunity; see `rankOpportunities`. */
  readonly rank: number;
  /** True when another outcome of the segment shares this rank. */
  readonly tied: boolean;
  readonly score: OutcomeScore;
};

export type RespondentSegment = {
  /** Position in `segments`, 0-based: segments are ordered by size, largest first. */
  readonly index: number;
  /** Respondent ids in input order. */
  readonly members: readonly string[];
  readonly size: number;
  /** size / respondents, in (0, 1]. */
  readonly share: number;
  /** The segment's mean unmet-need profile: one value in [0, 1] per outcome, aligned with `outcomeIds`. */
  readonly centroid: readonly number[];
  readonly topOpportunities: readonly SegmentOpportunity[];
};

export type SilhouetteForK = { readonly k: number; readonly silhouette: number };

export type SegmentationResult = {
  readonly k: number;
  /** Mean silhouette of the returned segmentation, estimated on a sample of up to 1,000 respondents. */
  readonly silhouette: number;
  /** `given` when the caller fixed k, `silhouette` when k maximised the mean silhouette. */
  readonly chosenBy: 'given' | 'silhouette';
  /** Every candidate k with its mean silhouette, ascending by k; only when `chosenBy` is `silhouette`. */
  readonly silhouetteByK?: readonly SilhouetteForK[];
  readonly segments: readonly RespondentSegment[];
};
