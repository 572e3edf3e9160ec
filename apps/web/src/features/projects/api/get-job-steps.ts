import { endpoints, type JobStep } from '@outcome-atlas/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export const getJobSteps = (projectId: string, signal?: AbortSignal) =>
  apiRequest<{ items: JobStep[] }>(endpoints.listJobSteps, { params: { projectId }, signal });

export const jobStepsQueryOptions = (projectId: string) =>
  queryOptions({
    queryKey: queryKeys.jobSteps(projectId),
    queryFn: ({ signal }) => getJobSteps(projectId, signal),
    select: (data) => [...data.items].sort((a, b) => a.position - b.position),
  });

export const useJobSteps = (projectId: string) => useQuery(jobStepsQueryOptions(projectId));
