import type { ExtractionJob, ExtractionJobStatus, ExtractionProvider } from '@outcome-atlas/contracts';
import { iso } from '../../common/iso.js';

export type ExtractionJobRow = {
  id: string;
  project_id: string;
  interview_id: string;
  interview_title: string;
  provider: ExtractionProvider;
  model: string;
  prompt_version: string;
  status: ExtractionJobStatus;
  chunks_total: number;
  chunks_done: number;
  outcomes_created: number;
  duplicates_found: number;
  ungrounded_dropped: number;
  prompt_tokens: number;
  completion_tokens: number;
  cost_estimate_usd: string | null;
  attempts: number;
  error_code: string | null;
  error_message: string | null;
  created_at: Date;
  started_at: Date | null;
  finished_at: Date | null;
  cursor_at: string;
};

export const EXTRACTION_JOB_SELECT = `SELECT j.id, j.project_id, j.interview_id, i.title AS interview_title, j.provider, j.model, j.prompt_version,
  j.status, j.chunks_total, j.chunks_done, j.outcomes_created, j.duplicates_found, j.ungrounded_dropped, j.prompt_tokens,
  j.completion_tokens, j.cost_estimate_usd, j.attempts, j.error_code, j.error_message, j.created_at, j.started_at, j.finished_at,
  j.created_at::text AS cursor_at
  FROM extraction_jobs j JOIN interviews i ON i.id = j.interview_id`;

export const toExtractionJob = (row: ExtractionJobRow): ExtractionJob => ({
  id: row.id,
  projectId: row.project_id,
  interviewId: row.interview_id,
  interviewTitle: row.interview_title,
  provider: row.provider,
  model: row.model,
  promptVersion: row.prompt_version,
  status: row.status,
  progress: { chunksDone: row.chunks_done, chunksTotal: row.chunks_total },
  outcomesCreated: row.outcomes_created,
  duplicatesFound: row.duplicates_found,
  ungroundedDropped: row.ungrounded_dropped,
  usage: { promptTokens: row.prompt_tokens, completionTokens: row.completion_tokens },
  costEstimateUsd: row.cost_estimate_usd === null ? null : Number(row.cost_estimate_usd),
  attempts: row.attempts,
  error: row.error_code ? { code: row.error_code, message: row.error_message ?? '' } : null,
  createdAt: iso(row.created_at),
  startedAt: row.started_at ? iso(row.started_at) : null,
  finishedAt: row.finished_at ? iso(row.finished_at) : null,
});
