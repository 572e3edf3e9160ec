import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ExtractionProvider, UniversalJobStep, Utterance } from '@outcome-atlas/contracts';
import { chunkTranscript } from '@outcome-atlas/domain';
import pLimit from 'p-limit';
import { DataSource } from 'typeorm';
import { AppError } from '../../common/app-error.js';
import { updateReturning } from '../../database/update-returning.js';
import { createLogger } from '../../common/logger.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.schema.js';
import { ExtractorRegistry } from './extractor-registry.service.js';
import { ExtractionError, type ChunkJobStep, type ChunkUtterance, type OutcomeExtractor } from './outcome-extractor.js';
import { OutcomeWriter, type ChunkResult } from './outcome-writer.service.js';
import { identityView, redactTranscript, type TranscriptView } from './pii-redaction.js';

export type RunOptions = { signal?: AbortSignal; attempt: number; finalAttempt: boolean };

type JobRow = { id: string; project_id: string; interview_id: string; provider: ExtractionProvider; model: string; prompt_version: string };
export type InterviewForExtraction = {
  id: string;
  transcript: string;
  utterances: Utterance[];
  jobStatement: string;
  jobSteps: (ChunkJobStep & { id: string })[];
  /** The project's privacy setting, and the names it hides besides the speaker labels. */
  redactPii: boolean;
  interviewer: string;
  participant: string;
};
type ChunkRange = { index: number; start: number; end: number };

/**
 * Runs one extraction job: redacts the transcript once when the project asks for it (chunks, prompts and
 * stored chunk offsets then all use the redacted view), splits it on speaker turns, asks the extractor about
 * every chunk not yet stored (at most EXTRACTION_CONCURRENCY calls at once per process), stores each answer
 * as it arrives, then grounds, lints and saves the outcomes in one transaction.
 */
@Injectable()
export class ExtractionRunner {
  private readonly limit;
  private readonly logger;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly registry: ExtractorRegistry,
    private readonly writer: OutcomeWriter,
  ) {
    this.limit = pLimit(config.EXTRACTION_CONCURRENCY);
    this.logger = createLogger(config.LOG_LEVEL).child({ component: 'extraction-runner' });
  }

  async run(jobId: string, options: RunOptions): Promise<void> {
    const job = await this.claim(jobId);
    if (!job) return;
    try {
      const extractor = this.registry.forJob(job.provider, job.model);
      const interview = await this.loadInterview(job.interview_id, job.project_id);
      const view = await viewFor(interview);
      const chunks = chunkTranscript({ text: view.text, utterances: view.utterances }, { maxTokens: this.config.EXTRACTION_CHUNK_TOKENS, overlapTokens: this.config.EXTRACTION_CHUNK_OVERLAP_TOKENS });
      await this.db.query('UPDATE extraction_jobs SET chunks_total = $2, updated_at = now() WHERE id = $1', [jobId, chunks.length]);
      await this.extractPendingChunks(job, extractor, interview, view, chunks, options.signal);
      if (await this.isCancelled(jobId)) return;
      await this.writer.finish(job.id, { provider: job.provider, model: job.model, promptVersion: job.prompt_version }, interview, view, await this.storedChunks(jobId));
    } catch (error) {
      await this.recordFailure(jobId, error, options);
    }
  }

  /** Marks the job running unless it was cancelled or finished meanwhile. */
  private async claim(jobId: string): Promise<JobRow | undefined> {
    const rows = await updateReturning<JobRow>(
      this.db,
      `UPDATE extraction_jobs SET status = 'running', attempts = attempts + 1, started_at = coalesce(started_at, now()),
         error_code = NULL, error_message = NULL, updated_at = now()
       WHERE id = $1 AND status IN ('queued', 'running')
       RETURNING id, project_id, interview_id, provider, model, prompt_version`,
      [jobId],
    );
    return rows[0];
  }

  private async loadInterview(interviewId: string, projectId: string): Promise<InterviewForExtraction> {
    type InterviewRow = { transcript: string; utterances: Utterance[]; interviewer: string; participant_pseudonym: string; job_statement: string; redact_pii: boolean };
    const [rows, steps]: [InterviewRow[], { id: string; name: string; universal_step: UniversalJobStep | null }[]] =
      await Promise.all([
        this.db.query(
          `SELECT i.transcript, i.utterances, i.interviewer, i.participant_pseudonym, p.job_statement, p.redact_pii
           FROM interviews i JOIN projects p ON p.id = i.project_id WHERE i.id = $1`,
          [interviewId],
        ),
        this.db.query('SELECT id, name, universal_step FROM job_steps WHERE project_id = $1 ORDER BY position', [projectId]),
      ]);
    const row = rows[0];
    if (!row) throw new ExtractionError('INTERVIEW_NOT_FOUND', 'The interview was deleted', false);
    return {
      id: interviewId,
      transcript: row.transcript,
      utterances: row.utterances,
      jobStatement: row.job_statement,
      jobSteps: steps.map((step) => ({ id: step.id, name: step.name, universalStep: step.universal_step })),
      redactPii: row.redact_pii,
      interviewer: row.interviewer,
      participant: row.participant_pseudonym,
    };
  }

  private async extractPendingChunks(
    job: JobRow,
    extractor: OutcomeExtractor,
    interview: InterviewForExtraction,
    view: TranscriptView,
    chunks: readonly ChunkRange[],
    signal?: AbortSignal,
  ) {
    const done = new Set((await this.db.query('SELECT chunk_index FROM extraction_chunks WHERE job_id = $1', [job.id]) as { chunk_index: number }[]).map((row) => row.chunk_index));
    const abort = new AbortController();
    signal?.addEventListener('abort', () => abort.abort(), { once: true });
    const pending = chunks.filter((chunk) => !done.has(chunk.index));
    try {
      await Promise.all(
        pending.map((chunk) =>
          this.limit(async () => {
            if (abort.signal.aborted) return;
            if (await this.isCancelled(job.id)) return abort.abort();
            const answer = await extractor.extractChunk({
              index: chunk.index,
              total: chunks.length,
              utterances: utterancesIn({ transcript: view.text, utterances: view.utterances }, chunk),
              jobSteps: interview.jobSteps,
              jobStatement: interview.jobStatement,
              ...(view.redacted ? { redacted: true } : {}),
              signal: abort.signal,
            });
            await this.storeChunk(job.id, chunk, answer.candidates, answer.usage);
          }),
        ),
      );
    } catch (error) {
      // One chunk failed: stop the others' calls; finished chunks stay stored for the retry.
      abort.abort();
      throw error;
    }
  }

  private async storeChunk(jobId: string, chunk: ChunkRange, candidates: unknown, usage: { promptTokens: number; completionTokens: number }) {
    await this.db.query(
      `WITH stored AS (
         INSERT INTO extraction_chunks (job_id, chunk_index, start_offset, end_offset, candidates, prompt_tokens, completion_tokens)
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING RETURNING prompt_tokens, completion_tokens)
       UPDATE extraction_jobs j SET chunks_done = j.chunks_done + s.count, prompt_tokens = j.prompt_tokens + s.prompt_tokens,
         completion_tokens = j.completion_tokens + s.completion_tokens, updated_at = now()
       FROM (SELECT count(*)::int AS count, coalesce(sum(prompt_tokens), 0)::int AS prompt_tokens, coalesce(sum(completion_tokens), 0)::int AS completion_tokens FROM stored) s
       WHERE j.id = $1`,
      [jobId, chunk.index, chunk.start, chunk.end, JSON.stringify(candidates), usage.promptTokens, usage.completionTokens],
    );
  }

  private async storedChunks(jobId: string): Promise<ChunkResult[]> {
    const rows: { chunk_index: number; start_offset: number; end_offset: number; candidates: ChunkResult['candidates'] }[] = await this.db.query(
      'SELECT chunk_index, start_offset, end_offset, candidates FROM extraction_chunks WHERE job_id = $1 ORDER BY chunk_index',
      [jobId],
    );
    return rows.map((row) => ({ index: row.chunk_index, start: row.start_offset, end: row.end_offset, candidates: row.candidates }));
  }

  private async isCancelled(jobId: string): Promise<boolean> {
    const rows: { status: string }[] = await this.db.query('SELECT status FROM extraction_jobs WHERE id = $1', [jobId]);
    return rows[0]?.status !== 'running';
  }

  /**
   * Retryable failures go back to the queue (status queued, with the error shown) until the last attempt;
   * everything else fails the job with a code and a message naming the chunk.
   */
  private async recordFailure(jobId: string, error: unknown, options: RunOptions): Promise<void> {
    if (await this.isCancelled(jobId)) return;
    const known = error instanceof ExtractionError || error instanceof AppError;
    const code = error instanceof ExtractionError || error instanceof AppError ? error.code : 'INTERNAL_ERROR';
    const message = known ? error.message : 'The extraction failed unexpectedly; it was logged for the operators';
    const retryable = error instanceof ExtractionError ? error.retryable : !known;
    if (!known) this.logger.error({ err: error, jobId }, 'Extraction failed unexpectedly');
    if (retryable && !options.finalAttempt) {
      await this.db.query(
        `UPDATE extraction_jobs SET status = 'queued', error_code = $2, error_message = $3, updated_at = now() WHERE id = $1 AND status = 'running'`,
        [jobId, code, `${message} (attempt ${options.attempt}; retrying)`],
      );
      throw error;
    }
    await this.db.query(
      `UPDATE extraction_jobs SET status = 'failed', error_code = $2, error_message = $3, finished_at = now(), updated_at = now() WHERE id = $1 AND status = 'running'`,
      [jobId, code, message],
    );
  }
}

/**
 * The text the job works on: the stored transcript itself, or, for a project with `redact_pii`, a view with
 * personal data replaced, built once per job run (never per chunk) so the model never sees the originals.
 */
function viewFor(interview: InterviewForExtraction): Promise<TranscriptView> {
  const transcript = { text: interview.transcript, utterances: interview.utterances };
  if (!interview.redactPii) return Promise.resolve(identityView(transcript));
  return redactTranscript(transcript, { names: [], interviewer: interview.interviewer, participant: interview.participant });
}

/**
 * The chunk's speaker turns, cut to the chunk's range (a long monologue can span chunks). The job passes its
 * view's text and utterances (tools/eval passes a parsed transcript).
 */
export function utterancesIn(interview: Pick<InterviewForExtraction, 'transcript' | 'utterances'>, range: { start: number; end: number }): ChunkUtterance[] {
  const result: ChunkUtterance[] = [];
  for (const utterance of interview.utterances) {
    const start = Math.max(utterance.start, range.start);
    const end = Math.min(utterance.end, range.end);
    if (end > start) result.push({ speaker: utterance.speaker, text: interview.transcript.slice(start, end) });
  }
  return result;
}
