import { endpoints, type OutcomeDuplicates } from '@outcome-atlas/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export const DEFAULT_DUPLICATE_THRESHOLD = 0.8;

export const getOutcomeDuplicates = (projectId: string, threshold: number, signal?: AbortSignal) =>
  apiRequest<OutcomeDuplicates>(endpoints.listOutcomeDuplicates, { params: { projectId }, query: { threshold }, signal });

export const outcomeDuplicatesQueryOptions = (projectId: string, threshold: number) =>
  queryOptions({ queryKey: queryKeys.outcomeDuplicates(projectId, threshold), queryFn: ({ signal }) => getOutcomeDuplicates(projectId, threshold, signal) });

/** Read only while the duplicates drawer is open. */
export const useOutcomeDuplicates = (projectId: string, threshold: number, enabled: boolean) =>
  useQuery({ ...outcomeDuplicatesQueryOptions(projectId, threshold), enabled });
