import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CreateMeasurementRequest, KpiMeasurement, ListMeasurementsQuery, Page } from '@outcome-atlas/contracts';
import { isWithinKpiRange, kpiValueRange } from '@outcome-atlas/domain';
import { DataSource } from 'typeorm';
import { decodeCursor, toPage } from '../../common/cursor.js';
import type { Caller } from '../auth/caller.js';
import { AccessService } from '../workspaces/access.service.js';
import { MAX_SAMPLE_SIZE, readMeasuredKpi, upsertMeasurements } from './kpi-measurement-writes.sql.js';
import { MEASUREMENT_COLUMNS, toMeasurement, type MeasurementRow } from './kpi-measurement.mapper.js';
import { measurementEmptyPeriod, measurementNegativeCount, measurementOutOfRange, measurementSampleTooLarge } from './kpis.errors.js';

/** The period after which a page continues: periods are unique per KPI, so start and end identify one. */
type PeriodCursor = { s: string; e: string };
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isPeriodCursor = (value: unknown): value is PeriodCursor =>
  typeof value === 'object' && value !== null && ISO_DATE.test(String((value as PeriodCursor).s)) && ISO_DATE.test(String((value as PeriodCursor).e));

@Injectable()
export class KpiMeasurementsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
  ) {}

  /** Oldest period first, along kpi_measurements_period_key (kpi_id, period_start, period_end). */
  async list(caller: Caller, kpiId: string, query: ListMeasurementsQuery): Promise<Page<KpiMeasurement>> {
    await this.access.resource(caller, 'kpi', kpiId, 'read');
    const after = decodeCursor(query.cursor, isPeriodCursor);
    const rows: MeasurementRow[] = await this.db.query(
      `SELECT ${MEASUREMENT_COLUMNS} FROM kpi_measurements m
       WHERE m.kpi_id = $1
         AND ($2::date IS NULL OR m.period_end >= $2)
         AND ($3::date IS NULL OR m.period_start <= $3)
         AND ($4::date IS NULL OR (m.period_start, m.period_end) > ($4, $5::date))
       ORDER BY m.period_start, m.period_end LIMIT $6`,
      [kpiId, query.from ?? null, query.to ?? null, after?.s ?? null, after?.e ?? null, query.limit + 1],
    );
    return toPage(rows, query.limit, toMeasurement, (row) => ({ s: row.period_start, e: row.period_end }));
  }

  /** An entered value; the same period again replaces the earlier value (whatever its source). */
  async create(caller: Caller, kpiId: string, request: Required<CreateMeasurementRequest>): Promise<KpiMeasurement> {
    await this.access.resource(caller, 'kpi', kpiId, 'write');
    if (request.periodEnd < request.periodStart) throw measurementEmptyPeriod(request.periodStart, request.periodEnd);
    if (request.sampleSize !== null && request.sampleSize < 0) throw measurementNegativeCount(request.sampleSize);
    if (request.sampleSize !== null && request.sampleSize > MAX_SAMPLE_SIZE) throw measurementSampleTooLarge(MAX_SAMPLE_SIZE);
    return this.db.transaction(async (manager) => {
      const kpi = await readMeasuredKpi(manager, kpiId, true);
      const range = kpiValueRange(kpi.type, kpi.scale);
      if (!isWithinKpiRange(request.value, range)) throw measurementOutOfRange(kpi.type, range, request.value);
      const [row] = await upsertMeasurements(manager, kpiId, [{ ...request, source: 'entered', inputs: null }], caller.userId);
      return toMeasurement(row!);
    });
  }

  async remove(caller: Caller, measurementId: string): Promise<void> {
    await this.access.resource(caller, 'kpiMeasurement', measurementId, 'write');
    await this.db.query('DELETE FROM kpi_measurements WHERE id = $1', [measurementId]);
  }
}
