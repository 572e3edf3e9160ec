import { endpoints, type ExtractionJob, type ExtractionJobStatus, type Page } from '@outcome-atlas/contracts';
import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { jobListRefetchInterval } from '../utils/job-progress';

const PAGE_SIZE = 25;

export type ExtractionJobFilters = { status: ExtractionJobStatus | null; interviewId: string | null };

export const getExtractionJobs = (projectId: string, filters: ExtractionJobFilters, cursor: string | undefined, limit: number, signal?: AbortSignal) =>
  apiRequest<Page<ExtractionJob>>(endpoints.listExtractionJobs, {
    params: { projectId },
    query: { limit, cursor, status: filters.status, interviewId: filters.interviewId },
    signal,
  });

/** Newest first; while any loaded job is queued or running the list is polled, so its rows move live. */
export const extractionJobsQueryOptions = (projectId: string, filters: ExtractionJobFilters) =>
  infiniteQueryOptions({
    queryKey: queryKeys.extractionJobList(projectId, filters),
    queryFn: ({ pageParam, signal }) => getExtractionJobs(projectId, filters, pageParam, PAGE_SIZE, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    staleTime: 0,
    refetchInterval: (query) => jobListRefetchInterval(query.state.data?.pages),
  });

export const useExtractionJobs = (projectId: string, filters: ExtractionJobFilters) =>
  useInfiniteQuery({ ...extractionJobsQueryOptions(projectId, filters), placeholderData: (previous) => previous });

/** The newest job of one interview (or null): the reader shows its progress, which is polled per job. */
export const latestInterviewJobQueryOptions = (projectId: string, interviewId: string) =>
  queryOptions({
    queryKey: queryKeys.extractionJobList(projectId, { status: null, interviewId, latest: true }),
    queryFn: async ({ signal }) => (await getExtractionJobs(projectId, { status: null, interviewId }, undefined, 1, signal)).items[0] ?? null,
    staleTime: 0,
  });

export const useLatestInterviewJob = (projectId: string, interviewId: string) => useQuery(latestInterviewJobQueryOptions(projectId, interviewId));
