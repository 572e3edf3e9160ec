import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  ExtractionEstimate,
  ExtractionJob,
  ExtractionProvider,
  ListExtractionJobsQuery,
  Page,
  StartExtractionRequest,
  StartExtractionsResponse,
} from '@outcome-atlas/contracts';
import { DataSource } from 'typeorm';
import { conflict, notFound } from '../../common/app-error.js';
import { decodeCursor, isTimeIdCursor, toPage } from '../../common/cursor.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { isUniqueViolation } from '../../database/pg-errors.js';
import { updateReturning } from '../../database/update-returning.js';
import type { AppConfig } from '../../config/config.schema.js';
import type { Caller } from '../auth/caller.js';
import { AccessService } from '../workspaces/access.service.js';
import { EXTRACTION_JOB_SELECT, toExtractionJob, type ExtractionJobRow } from './extraction-job.mapper.js';
import { INSTRUCTION_TOKENS_ESTIMATE } from './extraction-prompt.js';
import { ExtractionQueue } from './extraction-queue.service.js';
import { ExtractorRegistry } from './extractor-registry.service.js';
import type { OutcomeExtractor } from './outcome-extractor.js';

// What a model typically answers per chunk; only used for the estimate shown before starting.
const COMPLETION_TOKENS_PER_CHUNK = 450;
// A job that already succeeded or is under way with the same extractor version counts as extracted.
const EXTRACTED_OR_ACTIVE = `status IN ('queued', 'running', 'succeeded')`;

type Scope = { interviewId: string } | { projectId: string };

@Injectable()
export class ExtractionJobsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly access: AccessService,
    private readonly registry: ExtractorRegistry,
    private readonly queue: ExtractionQueue,
  ) {}

  async estimate(caller: Caller, scope: Scope, provider: ExtractionProvider | undefined): Promise<ExtractionEstimate> {
    const extractor = await this.extractorFor(caller, scope, provider, 'read');
    const perChunk = Math.max(1, this.config.EXTRACTION_CHUNK_TOKENS - this.config.EXTRACTION_CHUNK_OVERLAP_TOKENS);
    const rows: { interviews: number; words: number; tokens: number; chunks: number }[] = await this.db.query(
      `SELECT count(*)::int AS interviews, coalesce(sum(word_count), 0)::int AS words,
         coalesce(sum(ceil(length(transcript) / 4.0)), 0)::int AS tokens,
         coalesce(sum(greatest(1, ceil(ceil(length(transcript) / 4.0) / $5))), 0)::int AS chunks
       FROM interviews i
       WHERE ${'interviewId' in scope ? 'i.id = $1' : 'i.project_id = $1'}
         AND ($6::boolean OR NOT EXISTS (SELECT 1 FROM extraction_jobs j WHERE j.interview_id = i.id AND j.provider = $2::varchar AND j.model = $3::varchar AND j.prompt_version = $4::varchar AND j.${EXTRACTED_OR_ACTIVE}))`,
      ['interviewId' in scope ? scope.interviewId : scope.projectId, extractor.provider, extractor.model, extractor.promptVersion, perChunk, 'interviewId' in scope],
    );
    const { interviews, words, tokens, chunks } = rows[0]!;
    const offline = extractor.provider === 'offline';
    const promptTokens = offline ? 0 : tokens + chunks * (INSTRUCTION_TOKENS_ESTIMATE + this.config.EXTRACTION_CHUNK_OVERLAP_TOKENS);
    const completionTokens = offline ? 0 : chunks * COMPLETION_TOKENS_PER_CHUNK;
    return {
      provider: extractor.provider,
      model: extractor.model,
      promptVersion: extractor.promptVersion,
      interviews,
      words,
      chunks,
      promptTokens,
      completionTokens,
      costUsd: this.registry.cost(extractor.provider, promptTokens, completionTokens),
    };
  }

  /** One interview: starts a job, or returns the one already under way for this extractor version. */
  async startForInterview(caller: Caller, interviewId: string, request: StartExtractionRequest): Promise<StartExtractionsResponse> {
    const extractor = await this.extractorFor(caller, { interviewId }, request?.provider, 'write');
    const ids = await this.insertJobs(caller, extractor, 'i.id = $1', interviewId, `j.status IN ('queued', 'running')`);
    if (ids.length === 0) {
      const active: { id: string }[] = await this.db.query(
        `SELECT id FROM extraction_jobs WHERE interview_id = $1 AND provider = $2 AND model = $3 AND prompt_version = $4 AND status IN ('queued', 'running')`,
        [interviewId, extractor.provider, extractor.model, extractor.promptVersion],
      );
      return { jobs: await this.loadMany(active.map((row) => row.id)), skipped: 1 };
    }
    await this.queue.enqueue(ids);
    return { jobs: await this.loadMany(ids), skipped: 0 };
  }

  /** Every interview of the project not yet extracted (or under way) with the current extractor version. */
  async startForProject(caller: Caller, projectId: string, request: StartExtractionRequest): Promise<StartExtractionsResponse> {
    const extractor = await this.extractorFor(caller, { projectId }, request?.provider, 'write');
    const ids = await this.insertJobs(caller, extractor, 'i.project_id = $1', projectId, `j.${EXTRACTED_OR_ACTIVE}`);
    await this.queue.enqueue(ids);
    const totals: { count: number }[] = await this.db.query('SELECT count(*)::int AS count FROM interviews WHERE project_id = $1', [projectId]);
    return { jobs: await this.loadMany(ids), skipped: (totals[0]?.count ?? 0) - ids.length };
  }

  async list(caller: Caller, projectId: string, query: ListExtractionJobsQuery & { limit: number }): Promise<Page<ExtractionJob>> {
    await this.access.resource(caller, 'project', projectId, 'read');
    const after = decodeCursor(query.cursor, isTimeIdCursor);
    const rows: ExtractionJobRow[] = await this.db.query(
      `${EXTRACTION_JOB_SELECT}
       WHERE j.project_id = $1 AND ($2::text IS NULL OR j.status = $2) AND ($3::uuid IS NULL OR j.interview_id = $3)
         AND ($4::timestamptz IS NULL OR (j.created_at, j.id) < ($4, $5::uuid))
       ORDER BY j.created_at DESC, j.id DESC LIMIT $6`,
      [projectId, query.status ?? null, query.interviewId ?? null, after?.t ?? null, after?.id ?? null, query.limit + 1],
    );
    return toPage(rows, query.limit, toExtractionJob, (row) => ({ t: row.cursor_at, id: row.id }));
  }

  async get(caller: Caller, jobId: string): Promise<ExtractionJob> {
    await this.access.resource(caller, 'extractionJob', jobId, 'read');
    return this.load(jobId);
  }

  async cancel(caller: Caller, jobId: string): Promise<ExtractionJob> {
    await this.access.resource(caller, 'extractionJob', jobId, 'write');
    const rows = await updateReturning(
      this.db,
      `UPDATE extraction_jobs SET status = 'cancelled', finished_at = now(), updated_at = now() WHERE id = $1 AND status IN ('queued', 'running') RETURNING id`,
      [jobId],
    );
    const job = await this.load(jobId);
    if (rows.length === 0) throw conflict('EXTRACTION_JOB_FINISHED', `The job has already ${job.status}`, { job });
    return job;
  }

  /** Queues a failed or cancelled job again; its stored chunks are not sent to the model a second time. */
  async retry(caller: Caller, jobId: string): Promise<ExtractionJob> {
    await this.access.resource(caller, 'extractionJob', jobId, 'write');
    let rows: unknown[];
    try {
      rows = await updateReturning(
        this.db,
        `UPDATE extraction_jobs SET status = 'queued', error_code = NULL, error_message = NULL, finished_at = NULL, updated_at = now()
         WHERE id = $1 AND status IN ('failed', 'cancelled') RETURNING id`,
        [jobId],
      );
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict('EXTRACTION_ALREADY_RUNNING', 'Another extraction of this interview with the same model is under way');
      throw error;
    }
    if (rows.length === 0) throw conflict('EXTRACTION_JOB_NOT_RETRYABLE', 'Only failed or cancelled jobs can be retried', { job: await this.load(jobId) });
    await this.queue.enqueue([jobId]);
    return this.load(jobId);
  }

  private async extractorFor(caller: Caller, scope: Scope, provider: ExtractionProvider | undefined, need: 'read' | 'write'): Promise<OutcomeExtractor> {
    const access =
      'interviewId' in scope
        ? await this.access.resource(caller, 'interview', scope.interviewId, need)
        : await this.access.resource(caller, 'project', scope.projectId, need);
    const rows: { extraction_model: string | null }[] = await this.db.query('SELECT extraction_model FROM projects WHERE id = $1', [access.projectId]);
    return this.registry.resolve(provider, rows[0]?.extraction_model ?? null);
  }

  /** One INSERT … SELECT for all interviews in scope that have no job matching `exclude`; the unique index stops twins. */
  private async insertJobs(caller: Caller, extractor: OutcomeExtractor, where: string, id: string, exclude: string): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query(
      `INSERT INTO extraction_jobs (project_id, interview_id, provider, model, prompt_version, requested_by)
       SELECT i.project_id, i.id, $2::varchar, $3::varchar, $4::varchar, $5::uuid FROM interviews i
       WHERE ${where} AND NOT EXISTS (
         SELECT 1 FROM extraction_jobs j WHERE j.interview_id = i.id AND j.provider = $2 AND j.model = $3 AND j.prompt_version = $4 AND ${exclude})
       ORDER BY i.created_at, i.id
       ON CONFLICT DO NOTHING
       RETURNING id`,
      [id, extractor.provider, extractor.model, extractor.promptVersion, caller.userId],
    );
    return rows.map((row) => row.id);
  }

  private async load(jobId: string): Promise<ExtractionJob> {
    const [job] = await this.loadMany([jobId]);
    if (!job) throw notFound('extraction job');
    return job;
  }

  private async loadMany(ids: readonly string[]): Promise<ExtractionJob[]> {
    if (ids.length === 0) return [];
    const rows: ExtractionJobRow[] = await this.db.query(`${EXTRACTION_JOB_SELECT} WHERE j.id = ANY($1::uuid[]) ORDER BY j.created_at, j.id`, [ids]);
    return rows.map(toExtractionJob);
  }
}
