import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ImportMeasurementsQuery, ImportMeasurementsResponse } from '@outcome-atlas/contracts';
import type { FastifyRequest } from 'fastify';
import { DataSource } from 'typeorm';
import { AppError } from '../../common/app-error.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.schema.js';
import type { Caller } from '../auth/caller.js';
import { openCsvUpload, type CsvUpload } from '../ratings/csv-upload.js';
import { AccessService } from '../workspaces/access.service.js';
import { readMeasurementCsv } from './kpi-import-csv.js';
import { ImportProblems, type ImportedPeriod } from './kpi-import-lines.js';
import { measurementReader } from './kpi-import-readers.js';
import { periodKey, readMeasuredKpi, recordedPeriods, upsertMeasurements, type MeasuredKpi } from './kpi-measurement-writes.sql.js';
import { kpiChangedDuringImport, kpiImportRejected, kpiImportTooLarge } from './kpis.errors.js';

/** KPI files are parsed in memory (grouped by period), so they are capped below the streamed survey imports. */
export const KPI_IMPORT_MAX_BYTES = 64 * 1024 * 1024;
export const KPI_IMPORT_MAX_ROWS = 1_000_000;

/**
 * CSV imports of a KPI's time series: aggregates (one value per line) or raw responses (one value
 * computed per period with the formulas of libs/domain, keeping their counts). The whole file is read
 * and validated before anything is written; then every period lands in one transaction, replacing the
 * values of periods already recorded, or (dryRun) nothing does.
 */
@Injectable()
export class KpiImportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly access: AccessService,
  ) {}

  /** Access, the KPI's type and the kind of file are checked before a byte of the body is read. */
  async importFromRequest(caller: Caller, kpiId: string, query: ImportMeasurementsQuery, request: FastifyRequest): Promise<ImportMeasurementsResponse> {
    await this.access.resource(caller, 'kpi', kpiId, 'write');
    const kpi = await readMeasuredKpi(this.db.manager, kpiId, false);
    const problems = new ImportProblems();
    const reader = measurementReader(query.kind, kpi, problems);
    // The survey import limit applies too, so an operator who lowers it lowers this one.
    const maxBytes = Math.min(this.config.RATINGS_IMPORT_MAX_BYTES, KPI_IMPORT_MAX_BYTES);
    const upload = await openUpload(request, maxBytes);
    const rows = await readMeasurementCsv(upload, reader, { maxBytes, maxRows: KPI_IMPORT_MAX_ROWS, idleSeconds: this.config.UPLOAD_IDLE_TIMEOUT_SECONDS });
    // Periods are only computed from a file whose every line is valid: a value over part of a period would mislead.
    const periods = problems.count === 0 ? reader.finish() : [];
    if (problems.count > 0) throw kpiImportRejected({ rejectedCount: problems.count, rejected: problems.listed });
    const dryRun = query.dryRun ?? false;
    const saved = dryRun ? await this.preview(kpi, periods) : await this.save(caller, kpi, periods);
    return { dryRun, rows, periods: saved };
  }

  private async preview(kpi: MeasuredKpi, periods: ImportedPeriod[]): Promise<ImportMeasurementsResponse['periods']> {
    const recorded = await recordedPeriods(this.db.manager, kpi.id, periods);
    return inPeriodOrder(periods).map((period) => answer(kpi.id, period, recorded));
  }

  private save(caller: Caller, kpi: MeasuredKpi, periods: ImportedPeriod[]): Promise<ImportMeasurementsResponse['periods']> {
    return this.db.transaction(async (manager) => {
      const locked = await readMeasuredKpi(manager, kpi.id, true);
      // The answers were read on the scale of the time the import began.
      if (locked.scale !== kpi.scale) throw kpiChangedDuringImport();
      const recorded = await recordedPeriods(manager, kpi.id, periods);
      await upsertMeasurements(manager, kpi.id, periods, caller.userId);
      return inPeriodOrder(periods).map((period) => answer(kpi.id, period, recorded));
    });
  }
}

/** The CSV body or multipart file; the generic 413 of the shared upload reader is answered with this import's limit. */
async function openUpload(request: FastifyRequest, maxBytes: number): Promise<CsvUpload> {
  try {
    return await openCsvUpload(request, maxBytes);
  } catch (error) {
    if (error instanceof AppError && error.status === 413) throw kpiImportTooLarge(maxBytes);
    throw error;
  }
}

const inPeriodOrder = (periods: ImportedPeriod[]) => [...periods].sort((a, b) => periodKey(a).localeCompare(periodKey(b)));

function answer(kpiId: string, period: ImportedPeriod, recorded: Set<string>): ImportMeasurementsResponse['periods'][number] {
  const { line: _line, ...measurement } = period;
  return { kpiId, ...measurement, replaced: recorded.has(periodKey(period)) };
}
