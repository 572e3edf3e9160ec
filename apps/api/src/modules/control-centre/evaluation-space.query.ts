import type { ControlCentre, KpiGlance } from '@outcome-atlas/contracts';
import type { DataSource } from 'typeorm';
import type { KpiGlanceRow } from '../kpis/kpi-glance.query.js';

type Evaluation = ControlCentre['evaluation'];
type MissingTarget = ControlCentre['gaps']['touchpointsMissingTarget'][number];

export const MAX_KPI_CARDS = 50;

/** `misses` first (what needs attention), then the rest; name order within each, as loaded. */
export function kpiCards(glances: readonly KpiGlance[]): Evaluation {
  const missing = glances.filter((kpi) => kpi.status === 'misses');
  const others = glances.filter((kpi) => kpi.status !== 'misses');
  return {
    kpis: [...missing, ...others].slice(0, MAX_KPI_CARDS),
    meets: glances.filter((kpi) => kpi.status === 'meets').length,
    misses: missing.length,
    noData: glances.filter((kpi) => kpi.status === 'no-data').length,
  };
}

type TouchpointPlaceRow = { id: string; name: string; journey_id: string; journey: string; stage: string };

/**
 * Touchpoints with an attached KPI that misses its target, in atlas order (journey name, stage, touchpoint
 * position), one entry per touchpoint and KPI. The KPIs are already loaded; one statement names their places.
 */
export async function touchpointsMissingTarget(
  db: DataSource,
  projectId: string,
  kpis: readonly { glance: KpiGlance; row: KpiGlanceRow }[],
): Promise<MissingTarget[]> {
  const missing = kpis.flatMap(({ glance, row }) =>
    glance.status === 'misses' && row.touchpoint_id !== null && glance.latest !== null && glance.target !== null
      ? [{ touchpointId: row.touchpoint_id, kpiId: glance.kpiId, kpi: glance.name, latest: glance.latest, target: glance.target }]
      : [],
  );
  if (missing.length === 0) return [];
  const places: TouchpointPlaceRow[] = await db.query(
    `SELECT tp.id, tp.name, j.id AS journey_id, j.name AS journey, st.name AS stage
     FROM touchpoints tp JOIN journey_stages st ON st.id = tp.stage_id JOIN journeys j ON j.id = tp.journey_id AND j.project_id = $1
     WHERE tp.id = ANY($2::uuid[])
     ORDER BY lower(j.name), j.id, st.position, tp.position`,
    [projectId, [...new Set(missing.map((kpi) => kpi.touchpointId))]],
  );
  return places.flatMap((place) =>
    missing
      .filter((kpi) => kpi.touchpointId === place.id)
      .map(({ touchpointId, ...kpi }) => ({ touchpointId, touchpoint: place.name, journeyId: place.journey_id, journey: place.journey, stage: place.stage, ...kpi })),
  );
}
