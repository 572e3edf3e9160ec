import type { KpiMeasurement } from '@outcome-atlas/contracts';
import { iso } from '../../common/iso.js';

export type MeasurementRow = {
  id: string;
  kpi_id: string;
  period_start: string;
  period_end: string;
  value: number;
  sample_size: number | null;
  source: KpiMeasurement['source'];
  inputs: Record<string, number> | null;
  created_at: Date;
};

/** Dates as text: node-postgres would turn a `date` into a local-midnight Date. */
export const MEASUREMENT_COLUMNS = `m.id, m.kpi_id, to_char(m.period_start, 'YYYY-MM-DD') AS period_start, to_char(m.period_end, 'YYYY-MM-DD') AS period_end,
  m.value, m.sample_size, m.source, m.inputs, m.created_at`;

export const toMeasurement = (row: MeasurementRow): KpiMeasurement => ({
  id: row.id,
  kpiId: row.kpi_id,
  periodStart: row.period_start,
  periodEnd: row.period_end,
  value: row.value,
  sampleSize: row.sample_size,
  source: row.source,
  inputs: row.inputs,
  createdAt: iso(row.created_at),
});
