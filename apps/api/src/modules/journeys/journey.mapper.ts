import type { JourneyStage, JourneySummary, Touchpoint, TouchpointChannel } from '@outcome-atlas/contracts';
import { iso } from '../../common/iso.js';

export type JourneySummaryRow = {
  id: string;
  project_id: string;
  name: string;
  name_key: string;
  description: string;
  persona_id: string | null;
  persona_name: string | null;
  stage_count: number;
  touchpoint_count: number;
  created_at: Date;
  updated_at: Date;
};

/** A journey with its persona and the sizes of its map, in one row (counts read by journey index). */
export const JOURNEY_SUMMARY_SELECT = `SELECT j.id, j.project_id, j.name, lower(j.name) AS name_key, j.description, j.created_at, j.updated_at,
  pe.id AS persona_id, pe.name AS persona_name,
  (SELECT count(*)::int FROM journey_stages s WHERE s.journey_id = j.id) AS stage_count,
  (SELECT count(*)::int FROM touchpoints t WHERE t.journey_id = j.id) AS touchpoint_count
  FROM journeys j LEFT JOIN personas pe ON pe.id = j.persona_id`;

export const toJourneySummary = (row: JourneySummaryRow): JourneySummary => ({
  id: row.id,
  projectId: row.project_id,
  name: row.name,
  description: row.description,
  persona: row.persona_id !== null && row.persona_name !== null ? { id: row.persona_id, name: row.persona_name } : null,
  stageCount: row.stage_count,
  touchpointCount: row.touchpoint_count,
  createdAt: iso(row.created_at),
  updatedAt: iso(row.updated_at),
});

export type StageRow = { id: string; journey_id: string; name: string; description: string; position: number };

export const STAGE_COLUMNS = 'id, journey_id, name, description, position';

export const toStage = (row: StageRow): JourneyStage => ({
  id: row.id,
  journeyId: row.journey_id,
  name: row.name,
  description: row.description,
  position: row.position,
});

export type TouchpointRow = {
  id: string;
  journey_id: string;
  stage_id: string;
  name: string;
  channel: TouchpointChannel;
  owner_team: string;
  description: string;
  cx_level: number | null;
  expectation: string;
  position: number;
};

/** Touchpoint columns, qualified by `t`. */
export const TOUCHPOINT_COLUMNS = 't.id, t.journey_id, t.stage_id, t.name, t.channel, t.owner_team, t.description, t.cx_level, t.expectation, t.position';

export const toTouchpoint = (row: TouchpointRow): Touchpoint => ({
  id: row.id,
  journeyId: row.journey_id,
  stageId: row.stage_id,
  name: row.name,
  channel: row.channel,
  ownerTeam: row.owner_team,
  description: row.description,
  cxLevel: row.cx_level,
  expectation: row.expectation,
  position: row.position,
});
