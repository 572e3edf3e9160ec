import { endpoints, type Page, type Solution, type SolutionStatus } from '@outcome-atlas/contracts';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

const PAGE_SIZE = 25;

export const getSolutions = (projectId: string, status: SolutionStatus | null, cursor: string | undefined, signal?: AbortSignal) =>
  apiRequest<Page<Solution>>(endpoints.listSolutions, { params: { projectId }, query: { limit: PAGE_SIZE, cursor, status }, signal });

export const solutionsQueryOptions = (projectId: string, status: SolutionStatus | null) =>
  infiniteQueryOptions({
    queryKey: queryKeys.solutionList(projectId, { status }),
    queryFn: ({ pageParam, signal }) => getSolutions(projectId, status, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });

/** Solutions newest first, optionally of one status. */
export const useSolutions = (projectId: string, status: SolutionStatus | null) =>
  useInfiniteQuery({ ...solutionsQueryOptions(projectId, status), placeholderData: (previous) => previous });
