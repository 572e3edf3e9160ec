import type { OutcomeRating } from '../scoring/index.js';
import { assertNonEmpty, assertRating, DomainInputError } from '../validation/index.js';

/** Answer scale of both survey questions (ODI rates importance and satisfaction 1–5). */
export const RATING_SCALE = 5;

/**
 * Survey answers for segmentation: one row per respondent, one column per outcome.
 *
 * - `respondentIds[r]` names row `r`; `outcomeIds[o]` names column `o`; both must be unique.
 * - `ratings[r][o]` holds respondent `r`'s importance and satisfaction answers for outcome `o`, each a
 *   whole number 1–5. Either answer may be missing (`undefined` or `null`), and so may the whole cell,
 *   because respondents skip questions and surveys add outcomes over time.
 */
export type RatingMatrix = {
  readonly respondentIds: readonly string[];
  readonly outcomeIds: readonly string[];
  readonly ratings: readonly (readonly (OutcomeRating | null | undefined)[])[];
};

/**
 * The validated answers as two row-major byte matrices (`respondents × outcomes`), 0 meaning "not
 * answered". Bytes instead of objects let later passes count and impute without touching the input again.
 */
export type ParsedRatings = {
  readonly respondents: number;
  readonly outcomes: number;
  readonly importance: Uint8Array;
  readonly satisfaction: Uint8Array;
};

const MISSING = 0;

function assertUniqueIds(ids: readonly string[], field: string): void {
  const firstIndex = new Map<string, number>();
  ids.forEach((id, index) => {
    const previous = firstIndex.get(id);
    if (previous !== undefined) {
      throw new DomainInputError('INCONSISTENT_INPUT', `${field}[${index}]`, `duplicates ${field}[${previous}] ("${id}")`);
    }
    firstIndex.set(id, index);
  });
}

function readAnswer(value: number | null | undefined, field: () => string): number {
  if (value === undefined || value === null) {
    return MISSING;
  }
  // The common case is checked inline; the field name is only built when the answer is invalid.
  if (Number.isInteger(value) && value >= 1 && value <= RATING_SCALE) {
    return value;
  }
  assertRating(value, RATING_SCALE, field());
  return value;
}

/**
 * Validates the shape and every answer of a {@link RatingMatrix} and packs the answers into bytes.
 * Throws {@link DomainInputError} naming the offending field, e.g. `ratings[12][3].importance`.
 */
export function parseRatingMatrix(matrix: RatingMatrix): ParsedRatings {
  const { respondentIds, outcomeIds, ratings } = matrix;
  assertNonEmpty(respondentIds, 'respondentIds');
  assertNonEmpty(outcomeIds, 'outcomeIds');
  assertUniqueIds(respondentIds, 'respondentIds');
  assertUniqueIds(outcomeIds, 'outcomeIds');
  const respondents = respondentIds.length;
  const outcomes = outcomeIds.length;
  if (ratings.length !== respondents) {
    throw new DomainInputError(
      'INCONSISTENT_INPUT',
      'ratings',
      `expected one row per respondent (${respondents}), got ${ratings.length}`,
    );
  }
  const importance = new Uint8Array(respondents * outcomes);
  const satisfaction = new Uint8Array(respondents * outcomes);
  for (let r = 0; r < respondents; r++) {
    const row = ratings[r];
    if (row === undefined || row === null || row.length !== outcomes) {
      throw new DomainInputError(
        'INCONSISTENT_INPUT',
        `ratings[${r}]`,
        `expected one cell per outcome (${outcomes}), got ${row?.length ?? String(row)}`,
      );
    }
    const offset = r * outcomes;
    for (let o = 0; o < outcomes; o++) {
      const cell: OutcomeRating | null | undefined = row[o];
      if (cell === undefined || cell === null) {
        continue;
      }
      importance[offset + o] = readAnswer(cell.importance, () => `ratings[${r}][${o}].importance`);
      satisfaction[offset + o] = readAnswer(cell.satisfaction, () => `ratings[${r}][${o}].satisfaction`);
    }
  }
  return { respondents, outcomes, importance, satisfaction };
}
