import type { ExtractionJob } from '@outcome-atlas/contracts';
import type { QueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../lib/query-keys';

/**
 * A job that starts, finishes, is cancelled or retried changes the project's job lists, what is left to
 * extract (estimates) and, once it has written outcomes, the interview's proposed outcomes.
 */
export function invalidateExtractionViews(queryClient: QueryClient, jobs: readonly Pick<ExtractionJob, 'projectId' | 'interviewId'>[]) {
  const projectIds = [...new Set(jobs.map((job) => job.projectId))];
  const interviewIds = [...new Set(jobs.map((job) => job.interviewId))];
  return Promise.all([
    ...projectIds.map((projectId) => queryClient.invalidateQueries({ queryKey: queryKeys.extractionJobs(projectId) })),
    ...interviewIds.map((interviewId) => queryClient.invalidateQueries({ queryKey: queryKeys.interviewOutcomes(interviewId) })),
    queryClient.invalidateQueries({ queryKey: queryKeys.extractionEstimates }),
  ]);
}

/** Puts jobs a mutation answered with into the cache, so their progress shows at once without a round trip. */
export function storeJobs(queryClient: QueryClient, jobs: readonly ExtractionJob[]) {
  for (const job of jobs) queryClient.setQueryData(queryKeys.extractionJob(job.id), job);
}
