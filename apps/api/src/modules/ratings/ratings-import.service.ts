import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ImportRatingsQuery, ImportRatingsResponse } from '@outcome-atlas/contracts';
import type { FastifyRequest } from 'fastify';
import type pg from 'pg';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.schema.js';
import type { Caller } from '../auth/caller.js';
import { AccessService } from '../workspaces/access.service.js';
import { openCsvUpload, type CsvUpload } from './csv-upload.js';
import { findRejections, prepareImportTables } from './import-checks.sql.js';
import { ImportSlots } from './import-slots.js';
import { STAGING_TABLE_SQL, type ImportOutcome } from './import-staging.js';
import { streamToStaging } from './import-stream.js';
import { writeAnswers, writeRespondents } from './import-writes.sql.js';
import { importRejected } from './ratings.errors.js';
import { lockProjectRatings } from './ratings-write-lock.js';

/**
 * Survey CSV imports: the file streams through the parser, its profiles and suspect rows into a temporary staging
 * table by COPY and its answers into a buffer; it is validated with set-based SQL, and lands (respondents, then the
 * outcomes' answer strings) in the same transaction, or not at all.
 */
@Injectable()
export class RatingsImportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly access: AccessService,
    private readonly slots: ImportSlots,
  ) {}

  /** Access is checked, and the import's turn awaited, before a byte of the body is read. */
  async importFromRequest(caller: Caller, projectId: string, query: ImportRatingsQuery, request: FastifyRequest): Promise<ImportRatingsResponse> {
    await this.access.resource(caller, 'project', projectId, 'write');
    const upload = await openCsvUpload(request, this.config.RATINGS_IMPORT_MAX_BYTES);
    let release: () => void;
    try {
      release = await this.slots.acquire();
    } catch (error) {
      upload.abandon();
      throw error;
    }
    // COPY needs the driver's own connection: a query runner reserves one from the pool for the whole import.
    const runner = this.db.createQueryRunner();
    try {
      // connect() answers the runner's underlying pg client.
      const client = (await runner.connect()) as pg.PoolClient;
      await client.query('BEGIN');
      try {
        const result = await this.run(client, projectId, query, upload);
        await client.query(query.dryRun ? 'ROLLBACK' : 'COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
    } catch (error) {
      upload.abandon();
      throw error;
    } finally {
      await runner.release();
      release();
    }
  }

  private async run(client: pg.PoolClient, projectId: string, query: ImportRatingsQuery, upload: CsvUpload): Promise<ImportRatingsResponse> {
    // Enough for the sorts and hashes over a million staged rows to stay in memory; reset at the end of the transaction.
    await client.query(`SET LOCAL work_mem = '64MB'`);
    const outcomes = await loadOutcomes(client, projectId);
    await client.query(STAGING_TABLE_SQL);
    const staged = await streamToStaging(client, upload, {
      format: query.format,
      outcomes,
      maxBytes: this.config.RATINGS_IMPORT_MAX_BYTES,
      maxCells: this.config.RATINGS_IMPORT_MAX_ANSWER_CELLS,
      idleSeconds: this.config.UPLOAD_IDLE_TIMEOUT_SECONDS,
    });
    await lockProjectRatings(client, projectId);
    await prepareImportTables(client, projectId, outcomes.map((outcome) => outcome.id));
    const rejection = await findRejections(client, query.format, staged.layout, staged.header, outcomes);
    if (rejection) throw importRejected(rejection);
    const respondents = await writeRespondents(client, projectId);
    const outcomeIds = outcomes.map((outcome) => outcome.id);
    const ratings = await writeAnswers(client, staged.layout.answers, outcomeIds, respondents.slots);
    return { format: query.format, dryRun: query.dryRun, lines: staged.lines, respondents: respondents.counts, ratings };
  }
}

/**
 * The outcomes a header may name, with what a merged one was merged into (statuses are checked again under lock).
 * In id order: staging numbers them by position.
 */
async function loadOutcomes(client: pg.ClientBase, projectId: string): Promise<ImportOutcome[]> {
  const { rows } = await client.query<ImportOutcome>(
    `SELECT o.id, 'O-' || o.key AS key, o.status, 'O-' || m.key AS "mergedIntoKey"
     FROM outcomes o LEFT JOIN outcomes m ON m.id = o.merged_into_id WHERE o.project_id = $1 ORDER BY o.id`,
    [projectId],
  );
  return rows;
}
