import { endpoints, type Solution } from '@outcome-atlas/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export const getSolution = (solutionId: string, signal?: AbortSignal) => apiRequest<Solution>(endpoints.getSolution, { params: { solutionId }, signal });

export const solutionQueryOptions = (projectId: string, solutionId: string) =>
  queryOptions({ queryKey: queryKeys.solution(projectId, solutionId), queryFn: ({ signal }) => getSolution(solutionId, signal) });

export const useSolution = (projectId: string, solutionId: string) => useQuery(solutionQueryOptions(projectId, solutionId));
