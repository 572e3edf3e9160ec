import type { KpiMeasurement } from '@outcome-atlas/contracts';
import type { KpiType } from '@outcome-atlas/domain';
import type { EntityManager } from 'typeorm';
import { notFound } from '../../common/app-error.js';
import { MEASUREMENT_COLUMNS, type MeasurementRow } from './kpi-measurement.mapper.js';

type Queryable = Pick<EntityManager, 'query'>;

/** A value for one period, ready to store. */
export type MeasurementInput = Pick<KpiMeasurement, 'periodStart' | 'periodEnd' | 'value' | 'sampleSize' | 'source' | 'inputs'>;

/** sample_size is an integer column. */
export const MAX_SAMPLE_SIZE = 2_147_483_647;

export type MeasuredKpi = { id: string; type: KpiType; scale: number | null };

/**
 * The KPI's type and scale, share-locked until the transaction ends when `lock` is set: a scale change
 * (which takes the row's update lock) then waits for the values written on the current scale.
 */
export async function readMeasuredKpi(db: Queryable, kpiId: string, lock: boolean): Promise<MeasuredKpi> {
  const rows: MeasuredKpi[] = await db.query(`SELECT id, type, scale FROM kpis WHERE id = $1${lock ? ' FOR SHARE' : ''}`, [kpiId]);
  if (!rows[0]) throw notFound('KPI');
  return rows[0];
}

/** Of the given periods, those the KPI already has a value for, as `start/end` keys. */
export async function recordedPeriods(db: Queryable, kpiId: string, periods: readonly MeasurementInput[]): Promise<Set<string>> {
  const rows: { period: string }[] = await db.query(
    `SELECT to_char(m.period_start, 'YYYY-MM-DD') || '/' || to_char(m.period_end, 'YYYY-MM-DD') AS period
     FROM kpi_measurements m JOIN unnest($2::date[], $3::date[]) AS p(period_start, period_end)
       ON m.period_start = p.period_start AND m.period_end = p.period_end
     WHERE m.kpi_id = $1`,
    [kpiId, periods.map((period) => period.periodStart), periods.map((period) => period.periodEnd)],
  );
  return new Set(rows.map((row) => row.period));
}

export const periodKey = (period: { periodStart: string; periodEnd: string }) => `${period.periodStart}/${period.periodEnd}`;

/**
 * Stores the values in one statement; a period the KPI already has is replaced (value, sample size,
 * source, inputs, who and when). Rows go in period order, so concurrent writers lock them in the same
 * order and cannot deadlock.
 */
export async function upsertMeasurements(db: Queryable, kpiId: string, periods: readonly MeasurementInput[], userId: string): Promise<MeasurementRow[]> {
  const sorted = [...periods].sort((a, b) => periodKey(a).localeCompare(periodKey(b)));
  return db.query(
    `INSERT INTO kpi_measurements AS m (kpi_id, period_start, period_end, value, sample_size, source, inputs, created_by)
     SELECT $1, p.period_start, p.period_end, p.value, p.sample_size, p.source, p.inputs::jsonb, $8
     FROM unnest($2::date[], $3::date[], $4::float8[], $5::int[], $6::text[], $7::text[]) WITH ORDINALITY AS p(period_start, period_end, value, sample_size, source, inputs, n)
     ORDER BY p.n
     ON CONFLICT ON CONSTRAINT kpi_measurements_period_key DO UPDATE
       SET value = EXCLUDED.value, sample_size = EXCLUDED.sample_size, source = EXCLUDED.source, inputs = EXCLUDED.inputs,
           created_by = EXCLUDED.created_by, created_at = now()
     RETURNING ${MEASUREMENT_COLUMNS}`,
    [
      kpiId,
      sorted.map((period) => period.periodStart),
      sorted.map((period) => period.periodEnd),
      sorted.map((period) => period.value),
      sorted.map((period) => period.sampleSize),
      sorted.map((period) => period.source),
      sorted.map((period) => (period.inputs === null ? null : JSON.stringify(period.inputs))),
      userId,
    ],
  );
}
