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

export const toRating = (row: RatingRow): Rating => ({
  respondentId: row.respondent_id,
  outcomeId: row.outcome_id,
  importance: row.importance,
  satisfaction: row.satisfaction,
  source: row.source,
  updatedAt: iso(row.updated_at),
});
