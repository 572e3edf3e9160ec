import type { Kpi, KpiDetail, ListKpisQuery, Page } from '@outcome-atlas/contracts';
import { kpiTargetStatus, type KpiLevel, type KpiType } from '@outcome-atlas/domain';
import type { EntityManager } from 'typeorm';
import { decodeCursor, toPage } from '../../common/cursor.js';
import { UUID_PATTERN } from '../../common/ids.js';
import { iso } from '../../common/iso.js';
import { KPI_TREND_LATERAL } from './kpi-glance.query.js';
import { kpiStatusSql } from './kpi-status.sql.js';

type KpiRow = {
  id: string;
  project_id: string;
  name: string;
  type: KpiType;
  level: KpiLevel;
  unit: string;
  scale: number | null;
  higher_is_better: boolean;
  target: number | null;
  description: string;
  journey_id: string | null;
  stage_id: string | null;
  touchpoint_id: string | null;
  created_at: Date;
  updated_at: Date;
  sort_name: string;
  attachment_name: string | null;
  attachment_journey_id: string | null;
  outcome_ids: string[];
  measurement_count: number;
  trend: { periodEnd: string; value: number }[] | null;
};

/**
 * Every field of the KPIs that `source` (a SELECT of kpis rows) yields, in name order, in one
 * statement: the attachment's name and journey, the measured outcomes (by key), the measurement count
 * and the trend of the glance query, whose last point is the latest value.
 */
const kpiRowsSql = (source: string) => `
  SELECT k.*, lower(k.name) AS sort_name,
    coalesce(ja.name, sa.name, ta.name) AS attachment_name,
    coalesce(k.journey_id, sa.journey_id, ta.journey_id) AS attachment_journey_id,
    ARRAY(SELECT ko.outcome_id::text FROM kpi_outcomes ko JOIN outcomes o ON o.id = ko.outcome_id WHERE ko.kpi_id = k.id ORDER BY o.key) AS outcome_ids,
    (SELECT count(*)::int FROM kpi_measurements m WHERE m.kpi_id = k.id) AS measurement_count,
    t.trend
  FROM (${source}) k
  LEFT JOIN journeys ja ON ja.id = k.journey_id
  LEFT JOIN journey_stages sa ON sa.id = k.stage_id
  LEFT JOIN touchpoints ta ON ta.id = k.touchpoint_id
  ${KPI_TREND_LATERAL}
  ORDER BY lower(k.name), k.id`;

function attachmentOf(row: KpiRow): Kpi['attachment'] {
  const kind = row.journey_id ? 'journey' : row.stage_id ? 'stage' : row.touchpoint_id ? 'touchpoint' : 'project';
  if (kind === 'project') return { kind, id: null, name: null, journeyId: null };
  return { kind, id: row.journey_id ?? row.stage_id ?? row.touchpoint_id, name: row.attachment_name, journeyId: row.attachment_journey_id };
}

function toKpi(row: KpiRow): Kpi {
  const trend = row.trend ?? [];
  const latest = trend.at(-1) ?? null;
  return {
    id: row.id,
    projectId: row.project_id,
    name: row.name,
    type: row.type,
    level: row.level,
    unit: row.unit,
    scale: row.scale,
    higherIsBetter: row.higher_is_better,
    target: row.target,
    description: row.description,
    attachment: attachmentOf(row),
    outcomeIds: row.outcome_ids,
    latest: latest?.value ?? null,
    latestPeriodEnd: latest?.periodEnd ?? null,
    status: kpiTargetStatus(latest?.value ?? null, row.target, row.higher_is_better),
    trend,
    measurementCount: row.measurement_count,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
}

/** The position after the last KPI of a page: its lower-cased name (as PostgreSQL lower-cases it) and id. */
type NameCursor = { n: string; id: string };
const isNameCursor = (value: unknown): value is NameCursor =>
  typeof value === 'object' && value !== null && typeof (value as NameCursor).n === 'string' && typeof (value as NameCursor).id === 'string' && UUID_PATTERN.test((value as NameCursor).id);

// The latest measurement of `k`, only joined when the status filter needs it before the page is cut.
const LATEST_LATERAL = `LEFT JOIN LATERAL (
    SELECT value FROM kpi_measurements WHERE kpi_id = k.id ORDER BY period_end DESC, period_start DESC LIMIT 1
  ) latest ON true`;

/** One page of a project's KPIs in name order, filtered in SQL (status included), in one statement. */
export async function listKpiPage(db: EntityManager, projectId: string, query: ListKpisQuery): Promise<Page<Kpi>> {
  const after = decodeCursor(query.cursor, isNameCursor);
  const params: unknown[] = [projectId];
  const bind = (value: unknown) => `$${params.push(value)}`;
  const joins: string[] = [];
  const where = ['k.project_id = $1'];
  if (query.type) where.push(`k.type = ${bind(query.type)}`);
  if (query.level) where.push(`k.level = ${bind(query.level)}`);
  if (query.status) {
    joins.push(LATEST_LATERAL);
    where.push(`${kpiStatusSql('latest.value', 'k.target', 'k.higher_is_better')} = ${bind(query.status)}`);
  }
  if (query.journeyId) {
    const journeyId = bind(query.journeyId);
    where.push(`(k.journey_id = ${journeyId}
      OR k.stage_id IN (SELECT id FROM journey_stages WHERE journey_id = ${journeyId})
      OR k.touchpoint_id IN (SELECT id FROM touchpoints WHERE journey_id = ${journeyId}))`);
  }
  if (query.touchpointId) where.push(`k.touchpoint_id = ${bind(query.touchpointId)}`);
  if (query.outcomeId) where.push(`EXISTS (SELECT 1 FROM kpi_outcomes ko WHERE ko.kpi_id = k.id AND ko.outcome_id = ${bind(query.outcomeId)})`);
  if (after) where.push(`(lower(k.name), k.id) > (${bind(after.n)}, ${bind(after.id)}::uuid)`);
  const page = `SELECT k.* FROM kpis k ${joins.join(' ')} WHERE ${where.join(' AND ')} ORDER BY lower(k.name), k.id LIMIT ${bind(query.limit + 1)}`;
  const rows: KpiRow[] = await db.query(kpiRowsSql(page), params);
  return toPage(rows, query.limit, toKpi, (row) => ({ n: row.sort_name, id: row.id }));
}

type ShipMarkerRow = { id: string; title: string; ship_date: string; status: string };

/**
 * A KPI with the solutions that shipped against it, for the trend chart: solutions of its project
 * that expect to move it, or that target an outcome it measures, once shipped (or evaluated).
 */
export async function loadKpiDetail(db: EntityManager, kpiId: string): Promise<KpiDetail | null> {
  const rows: KpiRow[] = await db.query(kpiRowsSql('SELECT * FROM kpis WHERE id = $1'), [kpiId]);
  const row = rows[0];
  if (!row) return null;
  const markers: ShipMarkerRow[] = await db.query(
    `SELECT s.id, s.title, to_char(s.ship_date, 'YYYY-MM-DD') AS ship_date, s.status
     FROM solutions s JOIN kpis k ON k.id = $1 AND s.project_id = k.project_id
     WHERE s.status IN ('shipped', 'evaluated') AND s.ship_date IS NOT NULL
       AND (s.expected_kpi_id = k.id
         OR EXISTS (SELECT 1 FROM solution_outcomes so JOIN kpi_outcomes ko ON ko.outcome_id = so.outcome_id AND ko.kpi_id = k.id WHERE so.solution_id = s.id))
     ORDER BY s.ship_date, s.id`,
    [kpiId],
  );
  return { ...toKpi(row), shipMarkers: markers.map((marker) => ({ solutionId: marker.id, title: marker.title, shipDate: marker.ship_date, status: marker.status })) };
}
