import { DomainInputError, assertFinite } from '../validation/index.js';
import type { OutcomeScore } from './outcome-score.js';

/** Anything with a unique id and a score: outcomes, outcome-per-segment rows, API DTOs. */
export type RankableOpportunity = { id: string; score: Pick<OutcomeScore, 'opportunity' | 'importance'> };

/**
 * The input item, copied, plus its competition rank ("1224": equal items share the best rank and the next
 * rank skips) and whether any other item shares that rank.
 */
export type RankedOpportunity<T extends RankableOpportunity> = T & { rank: number; tied: boolean };

/**
 * Orders outcomes the way ODI prioritises them (Ulwick's opportunity algorithm, Strategyn): opportunity
 * descending, then importance descending (of two equal opportunities, the one more customers care about
 * wins), then `id` ascending by UTF-16 code units (not locale, so every server and browser agrees).
 *
 * Items with equal opportunity and equal importance (full precision) share a rank; the id only fixes
 * their order in the list. Ids must be unique, which makes the order total: the result depends only on
 * the set of items, never on their input order or on the sort algorithm's stability. The input array
 * and its items are not modified; each result is a shallow copy (`{ ...item, rank, tied }`), so an
 * existing `rank` or `tied` property on an item is replaced.
 *
 * @throws DomainInputError `NOT_A_NUMBER` (`items[i].score.opportunity`, `items[i].score.importance`) for
 *   a score that is not finite; `INCONSISTENT_INPUT` (`items[i].id`) for a repeated id.
 */
export function rankOpportunities<T extends RankableOpportunity>(items: readonly T[]): RankedOpportunity<T>[] {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    assertFinite(item.score.opportunity, `items[${index}].score.opportunity`);
    assertFinite(item.score.importance, `items[${index}].score.importance`);
    if (seen.has(item.id)) {
      throw new DomainInputError('INCONSISTENT_INPUT', `items[${index}].id`, `expected unique ids, "${item.id}" appears twice`);
    }
    seen.add(item.id);
  });
  let rank = 0;
  return [...items].sort(compareOpportunities).map((item, position, ordered) => {
    const previous = ordered[position - 1];
    const next = ordered[position + 1];
    const tiedWithPrevious = previous !== undefined && sameRank(previous, item);
    if (!tiedWithPrevious) rank = position + 1;
    return { ...item, rank, tied: tiedWithPrevious || (next !== undefined && sameRank(item, next)) };
  });
}

function compareOpportunities(left: RankableOpportunity, right: RankableOpportunity): number {
  return (
    right.score.opportunity - left.score.opportunity ||
    right.score.importance - left.score.importance ||
    (left.id < right.id ? -1 : left.id > right.id ? 1 : 0)
  );
}

function sameRank(left: RankableOpportunity, right: RankableOpportunity): boolean {
  return left.score.opportunity === right.score.opportunity && left.score.importance === right.score.importance;
}
