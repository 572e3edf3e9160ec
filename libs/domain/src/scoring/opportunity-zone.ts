import { assertInRange } from '../validation/index.js';
import { uncheckedOpportunity } from './opportunity-algorithm.js';
import type { OpportunityZone } from './outcome-score.js';

/**
 * Places an outcome on Ulwick's opportunity landscape (Outcome-Driven Innovation, Strategyn):
 *
 * | zone         | rule                                              |
 * |--------------|---------------------------------------------------|
 * | `extreme`    | opportunity > 15                                  |
 * | `high`       | 12 ≤ opportunity ≤ 15 (15 itself is still high)   |
 * | `solid`      | 10 ≤ opportunity < 12                             |
 * | `overserved` | satisfaction > importance and opportunity < 10    |
 * | `served`     | otherwise (opportunity < 10, not overserved)      |
 *
 * Comparisons are exact on the full-precision score: 15.0000001 is extreme, 9.9999999 is not solid.
 * Pass `opportunity` when it is already computed (e.g. exactly from counts by `scoreFromCounts`);
 * otherwise it is derived from importance and satisfaction.
 *
 * @throws DomainInputError `NOT_A_NUMBER` or `OUT_OF_RANGE` (`importance`, `satisfaction` outside 0..10,
 *   `opportunity` outside 0..20).
 */
export function opportunityZone(importance: number, satisfaction: number, opportunity?: number): OpportunityZone {
  assertInRange(importance, 0, 10, 'importance');
  assertInRange(satisfaction, 0, 10, 'satisfaction');
  if (opportunity !== undefined) assertInRange(opportunity, 0, 20, 'opportunity');
  return uncheckedOpportunityZone(importance, satisfaction, opportunity ?? uncheckedOpportunity(importance, satisfaction));
}

/** {@link opportunityZone} without validation, for scores this module computed itself. */
export function uncheckedOpportunityZone(importance: number, satisfaction: number, opportunity: number): OpportunityZone {
  if (opportunity > 15) return 'extreme';
  if (opportunity >= 12) return 'high';
  if (opportunity >= 10) return 'solid';
  if (satisfaction > importance) return 'overserved';
  return 'served';
}
