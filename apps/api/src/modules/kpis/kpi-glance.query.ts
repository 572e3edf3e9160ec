import type { KpiGlance } from '@outcome-atlas/contracts';
import { kpiTargetStatus } from '@outcome-atlas/domain';
import type { EntityManager } from 'typeorm';

export type KpiGlanceRow = {
  id: string;
  name: string;
  type: string;
  unit: string;
  higher_is_better: boolean;
  target: number | null;
  journey_id: string | null;
  stage_id: string | null;
  touchpoint_id: string | null;
  trend: { periodEnd: string; value: number }[] | null;
};

/**
 * The last 12 measurements of the KPI `k` (oldest first) as `t.trend`, read backwards from
 * kpi_measurements_latest_idx; its last element is the KPI's latest value.
 */
export const KPI_TREND_LATERAL = `LEFT JOIN LATERAL (
    SELECT json_agg(json_build_object('periodEnd', to_char(m.period_end, 'YYYY-MM-DD'), 'value', m.value) ORDER BY m.period_end, m.period_start) AS trend
    FROM (SELECT period_start, period_end, value FROM kpi_measurements WHERE kpi_id = k.id ORDER BY period_end DESC, period_start DESC LIMIT 12) m
  ) t ON true`;

/**
 * The KPI columns plus its last 12 measurements (oldest first) as `trend`, read backwards from
 * kpi_measurements_latest_idx per KPI. Append `WHERE ...` on `k`; one statement for any number of KPIs.
 */
export const KPI_GLANCE_SELECT = `SELECT k.id, k.name, k.type, k.unit, k.higher_is_better, k.target, k.journey_id, k.stage_id, k.touchpoint_id, t.trend
  FROM kpis k
  ${KPI_TREND_LATERAL}`;

export function toKpiGlance(row: KpiGlanceRow): KpiGlance {
  const trend = row.trend ?? [];
  const latest = trend.at(-1)?.value ?? null;
  return {
    kpiId: row.id,
    name: row.name,
    type: row.type,
    unit: row.unit,
    higherIsBetter: row.higher_is_better,
    target: row.target,
    latest,
    status: kpiTargetStatus(latest, row.target, row.higher_is_better),
    trend,
  };
}

/** Glances of KPIs chosen by a predicate on `k` (bind values from $1), name order. */
export async function loadKpiGlances(db: EntityManager, where: string, params: unknown[]): Promise<{ glance: KpiGlance; row: KpiGlanceRow }[]> {
  const rows: KpiGlanceRow[] = await db.query(`${KPI_GLANCE_SELECT} WHERE ${where} ORDER BY lower(k.name), k.id`, params);
  return rows.map((row) => ({ glance: toKpiGlance(row), row }));
}
