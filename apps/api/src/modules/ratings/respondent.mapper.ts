import type { Respondent } from '@outcome-atlas/contracts';
import { iso } from '../../common/iso.js';
import { RATED_CELL } from './rating.mapper.js';

export type RespondentRow = {
  id: string;
  project_id: string;
  external_id: string;
  segment: string | null;
  attributes: Record<string, string>;
  rating_count: number;
  created_at: Date;
  updated_at: Date;
};

/** A respondent with the number of outcomes they rated, counted in the same statement (no query per row). */
export const RESPONDENT_SELECT = `SELECT r.id, r.project_id, r.external_id, r.segment, r.attributes, r.created_at, r.updated_at,
  (SELECT count(*)::int FROM outcome_answers a WHERE a.project_id = r.project_id AND ${RATED_CELL}) AS rating_count
  FROM respondents r`;

export const toRespondent = (row: RespondentRow): Respondent => ({
  id: row.id,
  projectId: row.project_id,
  externalId: row.external_id,
  segment: row.segment,
  attributes: row.attributes,
  ratingCount: row.rating_count,
  createdAt: iso(row.created_at),
  updatedAt: iso(row.updated_at),
});
