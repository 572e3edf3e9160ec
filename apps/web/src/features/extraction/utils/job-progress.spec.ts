import type { ExtractionJob } from '@outcome-atlas/contracts';
import { describe, expect, it } from 'vitest';
import { finishedSummary, formatUsd, jobListRefetchInterval, jobRefetchInterval, JOB_LIST_POLL_MS, JOB_POLL_MS, progressLabel, progressPercent } from './job-progress';

type JobState = Pick<ExtractionJob, 'status' | 'progress' | 'error'>;
const job = (status: ExtractionJob['status'], chunksDone: number, chunksTotal: number, error: JobState['error'] = null): JobState => ({
  status,
  progress: { chunksDone, chunksTotal },
  error,
});

describe('progressLabel and progressPercent', () => {
  const cases: { name: string; job: JobState; label: string; percent: number }[] = [
    { name: 'queued, not split yet', job: job('queued', 0, 0), label: 'Waiting to start', percent: 0 },
    { name: 'running, not split yet', job: job('running', 0, 0), label: 'Splitting the transcript', percent: 0 },
    { name: 'running, part way', job: job('running', 3, 7), label: 'Chunk 3 of 7', percent: 43 },
    { name: 'queued again while retrying', job: job('queued', 2, 7, { code: 'MODEL_UNAVAILABLE', message: 'Model timed out; retrying' }), label: 'Waiting to retry after chunk 2 of 7', percent: 29 },
    { name: 'succeeded', job: job('succeeded', 7, 7), label: 'Done: 7 chunks', percent: 100 },
    { name: 'succeeded on an empty transcript', job: job('succeeded', 0, 0), label: 'Done', percent: 100 },
    { name: 'failed part way', job: job('failed', 1, 4, { code: 'MODEL_ERROR', message: 'Bad gateway' }), label: 'Failed at chunk 1 of 4', percent: 25 },
    { name: 'cancelled before it split', job: job('cancelled', 0, 0), label: 'Cancelled', percent: 0 },
    { name: 'more done than total is clamped', job: job('running', 9, 7), label: 'Chunk 7 of 7', percent: 100 },
  ];

  it.each(cases)('$name', ({ job: state, label, percent }) => {
    expect(progressLabel(state)).toBe(label);
    expect(progressPercent(state)).toBe(percent);
  });
});

describe('polling intervals', () => {
  it.each([
    ['queued', JOB_POLL_MS],
    ['running', JOB_POLL_MS],
    ['succeeded', false],
    ['failed', false],
    ['cancelled', false],
  ] as const)('a %s job is polled: %s', (status, expected) => {
    expect(jobRefetchInterval({ status })).toBe(expected);
  });

  it('does not poll before the job has loaded', () => {
    expect(jobRefetchInterval(undefined)).toBe(false);
  });

  it('polls a list while any job on any page is under way', () => {
    expect(jobListRefetchInterval(undefined)).toBe(false);
    expect(jobListRefetchInterval([{ items: [{ status: 'succeeded' }] }, { items: [{ status: 'failed' }] }])).toBe(false);
    expect(jobListRefetchInterval([{ items: [{ status: 'succeeded' }] }, { items: [{ status: 'running' }] }])).toBe(JOB_LIST_POLL_MS);
  });
});

describe('finishedSummary', () => {
  it.each([
    [{ outcomesCreated: 12, duplicatesFound: 2, ungroundedDropped: 1 }, '12 outcomes proposed, 2 possible duplicates, 1 dropped without evidence'],
    [{ outcomesCreated: 1, duplicatesFound: 0, ungroundedDropped: 0 }, '1 outcome proposed'],
    [{ outcomesCreated: 0, duplicatesFound: 0, ungroundedDropped: 3 }, 'No outcomes proposed, 3 dropped without evidence'],
  ])('%o -> %s', (counts, expected) => {
    expect(finishedSummary(counts)).toBe(expected);
  });
});

describe('formatUsd', () => {
  it.each([
    [0, '$0.00'],
    [0.00042, '$0.0004'],
    [0.0123, '$0.01'],
    [3.456, '$3.46'],
  ])('%s -> %s', (value, expected) => {
    expect(formatUsd(value)).toBe(expected);
  });
});
