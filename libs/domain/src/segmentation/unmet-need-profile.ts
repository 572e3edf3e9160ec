import type { FeatureMatrix } from './feature-matrix.js';
import { RATING_SCALE, type ParsedRatings } from './rating-matrix.js';

/** Imputed answer for an outcome nobody answered: the scale midpoint, which favours no segment. */
const MIDPOINT = (1 + RATING_SCALE) / 2;

/**
 * How unmet one outcome is for one respondent, in [0, 1]:
 *
 *     unmet = ((importance − 1) / 4) × ((5 − satisfaction) / 4)
 *
 * 1 means "very important and not at all satisfied", 0 means "unimportant" or "fully satisfied".
 * This is the respondent-level reading of ODI's opportunity idea (important and unsatisfied, Ulwick,
 * *What Customers Want*, 2005): the product rewards only the combination, so a respondent who rates
 * everything important but is well served does not look like one with many unmet needs. A continuous
 * score (rather than the binary "importance ≥ 4 and satisfaction ≤ 3") keeps the difference between a
 * 4 and a 5 and accepts the fractional answers that imputation produces.
 */
export function unmetNeed(importance: number, satisfaction: number): number {
  return ((importance - 1) / (RATING_SCALE - 1)) * ((RATING_SCALE - satisfaction) / (RATING_SCALE - 1));
}

function columnMeans(answers: Uint8Array, respondents: number, outcomes: number): Float64Array {
  const sums = new Float64Array(outcomes);
  const counts = new Uint32Array(outcomes);
  for (let r = 0; r < respondents; r++) {
    const offset = r * outcomes;
    for (let o = 0; o < outcomes; o++) {
      const answer = answers[offset + o] as number;
      if (answer !== 0) {
        sums[o] = (sums[o] as number) + answer;
        counts[o] = (counts[o] as number) + 1;
      }
    }
  }
  for (let o = 0; o < outcomes; o++) {
    const count = counts[o] as number;
    sums[o] = count === 0 ? MIDPOINT : (sums[o] as number) / count;
  }
  return sums;
}

/**
 * One unmet-need profile per respondent: row `r` holds {@link unmetNeed} for every outcome.
 *
 * A missing importance or satisfaction answer is replaced by that outcome's mean answer over the
 * respondents who did answer it (the scale midpoint if nobody did), then the formula is applied.
 * Imputing the answer rather than the score keeps the half that was given: an "important, satisfaction
 * skipped" respondent still reads as more unmet than an "unimportant, satisfaction skipped" one. The
 * column mean places the unknown half at the population's centre, so it pulls the respondent toward
 * no particular segment, whereas imputing 0 would read every skipped question as "fully served" and
 * cluster the respondents who skipped many questions into a segment of their own. Dropping respondents
 * with gaps is no option either: every respondent must land in exactly one segment.
 */
export function buildUnmetNeedProfiles(ratings: ParsedRatings): FeatureMatrix {
  const { respondents, outcomes, importance, satisfaction } = ratings;
  const importanceMeans = columnMeans(importance, respondents, outcomes);
  const satisfactionMeans = columnMeans(satisfaction, respondents, outcomes);
  const values = new Float64Array(respondents * outcomes);
  for (let r = 0; r < respondents; r++) {
    const offset = r * outcomes;
    for (let o = 0; o < outcomes; o++) {
      const givenImportance = importance[offset + o] as number;
      const givenSatisfaction = satisfaction[offset + o] as number;
      values[offset + o] = unmetNeed(
        givenImportance === 0 ? (importanceMeans[o] as number) : givenImportance,
        givenSatisfaction === 0 ? (satisfactionMeans[o] as number) : givenSatisfaction,
      );
    }
  }
  return { values, rows: respondents, columns: outcomes };
}
