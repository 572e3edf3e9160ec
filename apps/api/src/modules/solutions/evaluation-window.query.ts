import type { KpiMeasurement } from '@outcome-atlas/contracts';
import { EVALUATION_WINDOW } from '@outcome-atlas/domain';
import type { EntityManager } from 'typeorm';
import { MEASUREMENT_COLUMNS, toMeasurement, type MeasurementRow } from '../kpis/kpi-measurement.mapper.js';

type SideRow = MeasurementRow & { side: 'before' | 'after' };

/**
 * The KPI's periods on either side of a ship date, oldest first, in one statement: the last
 * EVALUATION_WINDOW that ended before it and the first EVALUATION_WINDOW that started on or after it.
 * A period that straddles the ship date belongs to neither side: its value mixes both. Both halves read
 * kpi_measurements_latest_idx (kpi_id, period_end DESC, period_start DESC).
 */
export async function loadEvaluationWindows(
  manager: EntityManager,
  kpiId: string,
  shipDate: string,
): Promise<{ before: KpiMeasurement[]; after: KpiMeasurement[] }> {
  const rows: SideRow[] = await manager.query(
    `(SELECT 'before' AS side, ${MEASUREMENT_COLUMNS} FROM kpi_measurements m WHERE m.kpi_id = $1 AND m.period_end < $2::date
       ORDER BY m.period_end DESC, m.period_start DESC LIMIT $3)
     UNION ALL
     (SELECT 'after' AS side, ${MEASUREMENT_COLUMNS} FROM kpi_measurements m WHERE m.kpi_id = $1 AND m.period_start >= $2::date
       ORDER BY m.period_start, m.period_end LIMIT $3)`,
    [kpiId, shipDate, EVALUATION_WINDOW],
  );
  const oldestFirst = (a: SideRow, b: SideRow) => a.period_end.localeCompare(b.period_end) || a.period_start.localeCompare(b.period_start);
  const side = (name: SideRow['side']) => rows.filter((row) => row.side === name).sort(oldestFirst).map(toMeasurement);
  return { before: side('before'), after: side('after') };
}
