import { endpoints, type ExtractionJob } from '@outcome-atlas/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { isApiError } from '../../../lib/api-error';
import { queryKeys } from '../../../lib/query-keys';
import { jobRefetchInterval } from '../utils/job-progress';

export const getExtractionJob = (jobId: string, signal?: AbortSignal) =>
  apiRequest<ExtractionJob>(endpoints.getExtractionJob, { params: { jobId }, signal });

/** Polls about once a second while the job is queued or running, and stops once it has finished. */
export const extractionJobQueryOptions = (jobId: string) =>
  queryOptions({
    queryKey: queryKeys.extractionJob(jobId),
    queryFn: ({ signal }) => getExtractionJob(jobId, signal),
    staleTime: 0,
    // A 4xx (the job or its interview was deleted, access revoked) will not heal by polling.
    refetchInterval: (query) => (isApiError(query.state.error) && query.state.error.status < 500 ? false : jobRefetchInterval(query.state.data)),
  });

/** `initialJob`: a job already known from a list or a start answer, shown until the first poll answers. */
export const useExtractionJob = (jobId: string, initialJob?: ExtractionJob) =>
  useQuery({ ...extractionJobQueryOptions(jobId), initialData: initialJob, initialDataUpdatedAt: initialJob ? 0 : undefined });
