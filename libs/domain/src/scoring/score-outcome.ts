import { DomainInputError, assertRating } from '../validation/index.js';
import { buildOutcomeScore } from './outcome-score-builder.js';
import type { OutcomeRating, OutcomeScore } from './outcome-score.js';
import { DEFAULT_RATING_SCALE, assertRatingScale } from './rating-scale.js';

/**
 * Scores one outcome from raw answers: counts the answers and top-two-box answers (≥ scale − 1) per
 * question, then returns exactly what `scoreFromCounts` returns for those counts (same formulas, intervals,
 * zero-answer rules; see there). Ulwick's opportunity algorithm, Outcome-Driven Innovation (Strategyn).
 *
 * A missing answer (`undefined` or `null`) counts for neither n nor top-two-box of that question only. A
 * `null`/`undefined` element is a respondent who answered neither question.
 *
 * Built for large surveys (5 million ratings per call is routine): one indexed pass, no allocation or
 * closure per element, and validation reduced to one combined integer-and-range test per answer; the
 * detailed error is only worked out once that test fails.
 *
 * @throws DomainInputError `NOT_A_NUMBER`, `NOT_AN_INTEGER` or `OUT_OF_RANGE` (`ratings[i].importance`,
 *   `ratings[i].satisfaction`) for an answer that is not a whole number in 1..scale; the same codes
 *   (`scale`) for an invalid scale; `EMPTY_INPUT` (`ratings`) when no question has a single answer.
 */
export function scoreOutcome(ratings: readonly OutcomeRating[], scale: number = DEFAULT_RATING_SCALE): OutcomeScore {
  assertRatingScale(scale);
  const threshold = scale - 1;
  let nImportance = 0;
  let importantCount = 0;
  let nSatisfaction = 0;
  let satisfiedCount = 0;
  for (let index = 0; index < ratings.length; index++) {
    const rating = ratings[index];
    if (rating === undefined || rating === null) continue;
    const importance = rating.importance;
    if (importance !== undefined && importance !== null) {
      // `(v | 0) !== v` rejects NaN, ±Infinity, fractions and non-numbers in one step.
      if ((importance | 0) !== importance || importance < 1 || importance > scale) {
        rejectRating(importance, scale, `ratings[${index}].importance`);
      }
      nImportance++;
      if (importance >= threshold) importantCount++;
    }
    const satisfaction = rating.satisfaction;
    if (satisfaction !== undefined && satisfaction !== null) {
      if ((satisfaction | 0) !== satisfaction || satisfaction < 1 || satisfaction > scale) {
        rejectRating(satisfaction, scale, `ratings[${index}].satisfaction`);
      }
      nSatisfaction++;
      if (satisfaction >= threshold) satisfiedCount++;
    }
  }
  if (nImportance === 0 && nSatisfaction === 0) {
    throw new DomainInputError('EMPTY_INPUT', 'ratings', 'expected at least one importance or satisfaction answer');
  }
  return buildOutcomeScore(nImportance, importantCount, nSatisfaction, satisfiedCount);
}

/** Cold path: lets the shared assertion choose the precise error code for a value the fast test rejected. */
function rejectRating(value: unknown, scale: number, field: string): never {
  assertRating(value, scale, field);
  throw new DomainInputError('OUT_OF_RANGE', field, `expected a rating from 1 to ${scale}, got ${String(value)}`);
}
