import { assertNonEmpty, assertRating } from '../validation/index.js';
import { DEFAULT_RATING_SCALE, assertRatingScale } from './rating-scale.js';

/**
 * Top-two-box score on the 0..10 scale ODI uses:
 * `10 × |{ r : r ≥ scale − 1 }| / |ratings|` (on 1–5: the share answering 4 or 5).
 *
 * Ulwick's Outcome-Driven Innovation (Strategyn; *What Customers Want*, 2005) scores importance and
 * satisfaction as the top-two-box share rather than the mean, because the mean lets many lukewarm
 * answers hide a minority that cares a lot.
 *
 * @throws DomainInputError `EMPTY_INPUT` (`ratings`) for no ratings; `NOT_A_NUMBER`, `NOT_AN_INTEGER` or
 *   `OUT_OF_RANGE` (`ratings[i]`) for a rating that is not a whole number in 1..scale; the same codes
 *   (`scale`) for a scale that is not a whole number of at least 3.
 */
export function topTwoBox(ratings: readonly number[], scale: number = DEFAULT_RATING_SCALE): number {
  assertRatingScale(scale);
  assertNonEmpty(ratings, 'ratings');
  const threshold = scale - 1;
  let top = 0;
  for (let index = 0; index < ratings.length; index++) {
    const rating = ratings[index];
    assertRating(rating, scale, `ratings[${index}]`);
    if (rating >= threshold) top++;
  }
  return (10 * top) / ratings.length;
}
