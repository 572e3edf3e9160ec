import type { AtlasOpportunity } from '@outcome-atlas/contracts';
import { scoreFromCounts } from '@outcome-atlas/domain';
import type { EntityManager } from 'typeorm';
import { outcomeKey } from '../outcomes/outcome.mapper.js';
import { toOutcomeCounts } from './opportunity-ranking.js';
import { MASKED_COUNTS, SCOPE_MASK_CTE, type OutcomeCountsRow } from './outcome-counts.query.js';

type GlanceRow = Pick<OutcomeCountsRow, 'id' | 'key' | 'statement' | 'n_importance' | 'important' | 'n_satisfaction' | 'satisfied'> & { status: string };

/**
 * Opportunity at a glance (score over all respondents, zone) for a set of outcomes of one project,
 * in one statement, counted from the answer bitmaps as the backlog does: the atlas, solutions and the control
 * centre show linked outcomes this way.
 * Outcomes of any status are returned (a link may point at a proposed outcome); unrated ones get null
 * scores. Ids of other projects are ignored, so callers can pass ids straight from link tables.
 */
export async function loadOpportunityGlances(db: EntityManager, projectId: string, outcomeIds: readonly string[]): Promise<Map<string, AtlasOpportunity>> {
  const ids = [...new Set(outcomeIds)];
  if (ids.length === 0) return new Map();
  const rows: GlanceRow[] = await db.query(
    `WITH chosen AS MATERIALIZED (SELECT r.slot FROM respondents r WHERE r.project_id = $1),
     ${SCOPE_MASK_CTE}
     SELECT o.id, o.key, o.statement, o.status, ${MASKED_COUNTS}
     FROM outcomes o CROSS JOIN scope LEFT JOIN outcome_answers b ON b.outcome_id = o.id
     WHERE o.project_id = $1 AND o.id = ANY($2::uuid[])`,
    [projectId, ids],
  );
  return new Map(rows.map((row) => [row.id, toOpportunityGlance(row)]));
}

function toOpportunityGlance(row: GlanceRow): AtlasOpportunity {
  const rated = row.n_importance > 0 || row.n_satisfaction > 0;
  const score = rated ? scoreFromCounts(toOutcomeCounts(row)) : null;
  return {
    outcomeId: row.id,
    key: outcomeKey(row.key),
    statement: row.statement,
    status: row.status,
    opportunity: score?.opportunity ?? null,
    zone: score?.zone ?? null,
  };
}

/** Best opportunity first; unrated last, then by key. */
export const byOpportunity = (a: AtlasOpportunity, b: AtlasOpportunity) =>
  (b.opportunity ?? -1) - (a.opportunity ?? -1) || a.key.localeCompare(b.key, undefined, { numeric: true });
