import type { AtlasStage, AtlasTouchpoint, JourneyAtlas, JourneySummary, KpiGlance } from '@outcome-atlas/contracts';
import type { EntityManager } from 'typeorm';
import { notFound } from '../../common/app-error.js';
import { loadKpiGlances } from '../kpis/kpi-glance.query.js';
import { loadOpportunityGlances } from '../opportunities/opportunity-glance.query.js';
import { JOURNEY_SUMMARY_SELECT, STAGE_COLUMNS, TOUCHPOINT_COLUMNS, toJourneySummary, toStage, toTouchpoint, type JourneySummaryRow, type StageRow, type TouchpointRow } from './journey.mapper.js';
import { linkedOpportunities, painOf } from './linked-opportunities.js';
import { loadTouchpointQuotes } from './touchpoint-quotes.query.js';

/** Quotes shown per touchpoint card; the card says how many more there are. */
export const ATLAS_QUOTES_PER_TOUCHPOINT = 5;

type LinkRow = { outcome_id: string; stage_id: string; touchpoint_id: string | null };

export async function loadJourneySummary(db: EntityManager, journeyId: string): Promise<JourneySummary> {
  const rows: JourneySummaryRow[] = await db.query(`${JOURNEY_SUMMARY_SELECT} WHERE j.id = $1`, [journeyId]);
  if (!rows[0]) throw notFound('journey');
  return toJourneySummary(rows[0]);
}

/**
 * Everything the atlas draws, in seven statements whatever the journey's size: the journey, its stages,
 * its touchpoints, its outcome links, the linked outcomes' scores, the top quotes per touchpoint, and the
 * KPIs attached to the journey, its stages or its touchpoints. Every table is read by journey (or by the
 * ids just read), never per stage or per touchpoint.
 */
export async function loadJourneyAtlas(db: EntityManager, journeyId: string): Promise<JourneyAtlas> {
  const journey = await loadJourneySummary(db, journeyId);
  const stageRows: StageRow[] = await db.query(`SELECT ${STAGE_COLUMNS} FROM journey_stages WHERE journey_id = $1 ORDER BY position, id`, [journeyId]);
  const touchpointRows: TouchpointRow[] = await db.query(`SELECT ${TOUCHPOINT_COLUMNS} FROM touchpoints t WHERE t.journey_id = $1 ORDER BY t.position, t.id`, [journeyId]);
  const links: LinkRow[] = await db.query('SELECT outcome_id, stage_id, touchpoint_id FROM journey_outcome_links WHERE journey_id = $1', [journeyId]);
  const glances = await loadOpportunityGlances(db, journey.projectId, links.map((link) => link.outcome_id));
  const quotes = await loadTouchpointQuotes(db, 't.journey_id = $1', journeyId, ATLAS_QUOTES_PER_TOUCHPOINT);
  const kpis = await loadKpiGlances(db, 'k.journey_id = $1 OR k.stage_id = ANY($2::uuid[]) OR k.touchpoint_id = ANY($3::uuid[])', [
    journeyId,
    stageRows.map((stage) => stage.id),
    touchpointRows.map((touchpoint) => touchpoint.id),
  ]);

  const outcomesAt = groupBy(links, (link) => link.touchpoint_id ?? `stage:${link.stage_id}`, (link) => link.outcome_id);
  const kpisAt = groupBy(
    kpis,
    ({ row }) => row.touchpoint_id ?? (row.stage_id ? `stage:${row.stage_id}` : 'journey'),
    ({ glance }) => glance,
  );
  const touchpointsOf = groupBy(touchpointRows, (row) => row.stage_id, (row): AtlasTouchpoint => {
    const opportunities = linkedOpportunities(outcomesAt.get(row.id) ?? [], glances, false);
    const touchpointKpis = kpisAt.get(row.id) ?? [];
    const touchpointQuotes = quotes.get(row.id);
    return {
      ...toTouchpoint(row),
      opportunities,
      kpis: touchpointKpis,
      quotes: touchpointQuotes?.quotes ?? [],
      quoteCount: touchpointQuotes?.count ?? 0,
      pain: painOf(opportunities, touchpointKpis),
    };
  });
  const stages = stageRows.map(
    (row): AtlasStage => ({
      ...toStage(row),
      opportunities: linkedOpportunities(outcomesAt.get(`stage:${row.id}`) ?? [], glances, false),
      kpis: kpisAt.get(`stage:${row.id}`) ?? [],
      touchpoints: touchpointsOf.get(row.id) ?? [],
    }),
  );
  return { ...journey, kpis: kpisAt.get('journey') ?? ([] as KpiGlance[]), stages };
}

/** Groups items by key, keeping their order. */
function groupBy<T, V>(items: readonly T[], keyOf: (item: T) => string, valueOf: (item: T) => V): Map<string, V[]> {
  const groups = new Map<string, V[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(valueOf(item));
    else groups.set(key, [valueOf(item)]);
  }
  return groups;
}
