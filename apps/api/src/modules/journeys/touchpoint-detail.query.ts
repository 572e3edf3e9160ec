import type { TouchpointDetail } from '@outcome-atlas/contracts';
import type { EntityManager } from 'typeorm';
import { notFound } from '../../common/app-error.js';
import { loadKpiGlances } from '../kpis/kpi-glance.query.js';
import { loadOpportunityGlances } from '../opportunities/opportunity-glance.query.js';
import { TOUCHPOINT_COLUMNS, toTouchpoint, type TouchpointRow } from './journey.mapper.js';
import { linkedOpportunities } from './linked-opportunities.js';
import { loadTouchpointQuotes } from './touchpoint-quotes.query.js';

/** Enough for any real touchpoint; the rest stay linked and reachable from their interviews. */
export const DETAIL_QUOTES_CAP = 200;

type DetailRow = TouchpointRow & { stage_name: string; journey_name: string; project_id: string };

/**
 * One touchpoint with every linked outcome (merged ones included, showing their status, so they can be
 * unlinked), the KPIs attached to it and its quotes, newest first: five statements.
 */
export async function loadTouchpointDetail(db: EntityManager, touchpointId: string): Promise<TouchpointDetail> {
  const rows: DetailRow[] = await db.query(
    `SELECT ${TOUCHPOINT_COLUMNS}, s.name AS stage_name, j.name AS journey_name, j.project_id
     FROM touchpoints t JOIN journey_stages s ON s.id = t.stage_id JOIN journeys j ON j.id = t.journey_id WHERE t.id = $1`,
    [touchpointId],
  );
  const row = rows[0];
  if (!row) throw notFound('touchpoint');
  const links: { outcome_id: string }[] = await db.query('SELECT outcome_id FROM journey_outcome_links WHERE touchpoint_id = $1', [touchpointId]);
  const outcomeIds = links.map((link) => link.outcome_id);
  const glances = await loadOpportunityGlances(db, row.project_id, outcomeIds);
  const kpis = await loadKpiGlances(db, 'k.touchpoint_id = $1', [touchpointId]);
  const quotes = await loadTouchpointQuotes(db, 'th.touchpoint_id = $1', touchpointId, DETAIL_QUOTES_CAP);
  return {
    ...toTouchpoint(row),
    stageName: row.stage_name,
    journeyName: row.journey_name,
    opportunities: linkedOpportunities(outcomeIds, glances, true),
    kpis: kpis.map(({ glance }) => glance),
    quotes: quotes.get(touchpointId)?.quotes ?? [],
  };
}
