import type { Rating, RatingSource } from '@outcome-atlas/contracts';
import { iso } from '../../common/iso.js';

export type RatingRow = {
  outcome_id: string;
  respondent_id: string;
  importance: number | null;
  satisfaction: number | null;
  source: RatingSource;
  updated_at: Date;
};

export const RATING_COLUMNS = 'x.outcome_id, x.respondent_id, x.importance, x.satisfaction, x.source, x.updated_at';

/**
 * The ratings at given cells, `FROM outcome_answers a JOIN respondents r …` (see 1765000000000-packed-answers): one
 * character per answer read at the respondent's slot, instead of exploding each outcome's strings as the `ratings`
 * view does. The caller's WHERE adds `${RATED_CELL}` to skip cells without a rating.
 */
export const CELL_RATING_COLUMNS = `a.outcome_id, r.id AS respondent_id, nullif(slot_char(a.importance, r.slot), '0')::smallint AS importance,
  nullif(slot_char(a.satisfaction, r.slot), '0')::smallint AS satisfaction,
  CASE slot_char(a.sources, r.slot) WHEN 's' THEN 'survey' WHEN 'w' THEN 'workshop' END AS source, a.updated_at`;
// From the bitmaps, which live in the row (the strings are out of line): a rating is a cell with either answer.
export const RATED_CELL = `substring(a.importance_answered | a.satisfaction_answered FROM r.slot FOR 1) = B'1'`;

export const toRating = (row: RatingRow): Rating => ({
  respondentId: row.respondent_id,
  outcomeId: row.outcome_id,
  importance: row.importance,
  satisfaction: row.satisfaction,
  source: row.source,
  updatedAt: iso(row.updated_at),
});
