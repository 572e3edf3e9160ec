import type { ExtractionJob, ExtractionJobStatus, ExtractionProvider } from '@outcome-atlas/contracts';
import { pluralize } from '../../../lib/format';

/** A single job is polled this often while it is queued or running. */
export const JOB_POLL_MS = 1000;
/** A list of jobs is polled this often while any job in it is queued or running. */
export const JOB_LIST_POLL_MS = 2000;

type JobLike = Pick<ExtractionJob, 'status' | 'progress' | 'error'>;

export const isJobActive = (job: Pick<ExtractionJob, 'status'>): boolean => job.status === 'queued' || job.status === 'running';
export const canRetryJob = (job: Pick<ExtractionJob, 'status'>): boolean => job.status === 'failed' || job.status === 'cancelled';
export const canCancelJob = isJobActive;

/** `refetchInterval` of one job: poll while it may still change, stop once it has finished. */
export function jobRefetchInterval(job: Pick<ExtractionJob, 'status'> | undefined): number | false {
  return job && isJobActive(job) ? JOB_POLL_MS : false;
}

/** `refetchInterval` of a job list: poll while any job on any loaded page is under way. */
export function jobListRefetchInterval(pages: readonly { items: readonly Pick<ExtractionJob, 'status'>[] }[] | undefined): number | false {
  return pages?.some((page) => page.items.some(isJobActive)) ? JOB_LIST_POLL_MS : false;
}

/** A queued job with an error is waiting for its next attempt (the API puts "retrying" in the message). */
export const isRetrying = (job: JobLike): boolean => job.status === 'queued' && job.error !== null;

/** 0..100 for the progress bar; a finished job with no chunks (empty transcript) counts as complete. */
export function progressPercent(job: JobLike): number {
  const { chunksDone, chunksTotal } = job.progress;
  if (chunksTotal <= 0) return job.status === 'succeeded' ? 100 : 0;
  return Math.min(100, Math.round((chunksDone / chunksTotal) * 100));
}

/** "Chunk 3 of 7", or what the job is doing before it has split the transcript. */
export function progressLabel(job: JobLike): string {
  const { chunksDone, chunksTotal } = job.progress;
  const chunks = chunksTotal > 0 ? `chunk ${Math.min(chunksDone, chunksTotal)} of ${chunksTotal}` : null;
  switch (job.status) {
    case 'queued':
      if (isRetrying(job)) return chunks ? `Waiting to retry after ${chunks}` : 'Waiting to retry';
      return chunks ? `Queued at ${chunks}` : 'Waiting to start';
    case 'running':
      return chunks ? capitalize(chunks) : 'Splitting the transcript';
    case 'succeeded':
      return chunksTotal > 0 ? `Done: ${pluralize(chunksTotal, 'chunk')}` : 'Done';
    case 'failed':
      return chunks ? `Failed at ${chunks}` : 'Failed';
    case 'cancelled':
      return chunks ? `Cancelled at ${chunks}` : 'Cancelled';
  }
}

export const STATUS_LABELS: Record<ExtractionJobStatus, string> = {
  queued: 'Queued',
  running: 'Running',
  succeeded: 'Succeeded',
  failed: 'Failed',
  cancelled: 'Cancelled',
};

export const STATUS_COLORS: Record<ExtractionJobStatus, string> = {
  queued: 'gray',
  running: 'blue',
  succeeded: 'teal',
  failed: 'red',
  cancelled: 'yellow',
};

/** "12 outcomes proposed, 2 possible duplicates, 1 dropped without evidence" (parts that are 0 are left out). */
export function finishedSummary(job: Pick<ExtractionJob, 'outcomesCreated' | 'duplicatesFound' | 'ungroundedDropped'>): string {
  const parts = [job.outcomesCreated === 0 ? 'No outcomes proposed' : `${pluralize(job.outcomesCreated, 'outcome')} proposed`];
  if (job.duplicatesFound > 0) parts.push(pluralize(job.duplicatesFound, 'possible duplicate'));
  if (job.ungroundedDropped > 0) parts.push(`${job.ungroundedDropped} dropped without evidence`);
  return parts.join(', ');
}

/** Offline results are suggestions from a cue lexicon, never presented as AI output. */
export const providerLabel = (provider: ExtractionProvider, model: string): string => (provider === 'offline' ? 'Offline suggestions' : model);

/** USD with enough precision for the small sums a few model calls cost. */
export function formatUsd(value: number): string {
  if (value === 0) return '$0.00';
  if (value < 0.01) return `$${value.toFixed(4)}`;
  return `$${value.toFixed(2)}`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
