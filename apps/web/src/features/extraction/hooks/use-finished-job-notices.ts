import { notifications } from '@mantine/notifications';
import type { ExtractionJob } from '@outcome-atlas/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { invalidateExtractionViews } from '../api/invalidate-extraction-views';
import { finishedSummary, isJobActive, providerLabel } from '../utils/job-progress';

/** Finishes already announced, by job and finish time, so two views watching one job notify once. */
const announced = new Set<string>();

/** Test hook: forget what was announced. */
export function resetFinishedJobNotices(): void {
  announced.clear();
}

/**
 * Watches jobs as they are polled. When one this view saw queued or running has finished, refreshes what
 * it changed (the interview's outcomes, job lists, estimates) and tells the user how it went. Jobs that
 * were already finished when the view first saw them are not announced.
 */
export function useFinishedJobNotices(jobs: readonly ExtractionJob[]): void {
  const queryClient = useQueryClient();
  const seenActive = useRef(new Set<string>());

  useEffect(() => {
    for (const job of jobs) {
      if (isJobActive(job)) {
        seenActive.current.add(job.id);
        continue;
      }
      if (!seenActive.current.delete(job.id)) continue;
      const key = `${job.id}:${job.finishedAt ?? job.status}`;
      if (announced.has(key)) continue;
      announced.add(key);
      void invalidateExtractionViews(queryClient, [job]);
      notifications.show(finishedNotice(job));
    }
  }, [jobs, queryClient]);
}

function finishedNotice(job: ExtractionJob) {
  const source = job.provider === 'offline' ? ` (${providerLabel(job.provider, job.model).toLowerCase()})` : '';
  switch (job.status) {
    case 'succeeded':
      return { color: 'teal', title: `Extraction finished: ${job.interviewTitle}`, message: `${finishedSummary(job)}${source}.`, autoClose: 8000 };
    case 'failed':
      return { color: 'red', title: `Extraction failed: ${job.interviewTitle}`, message: job.error?.message ?? 'The extraction stopped with an error.', autoClose: 10000 };
    default:
      return { color: 'gray', title: `Extraction cancelled: ${job.interviewTitle}`, message: finishedSummary(job), autoClose: 5000 };
  }
}
