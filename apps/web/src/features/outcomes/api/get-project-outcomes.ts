import { endpoints, type Outcome, type Page } from '@outcome-atlas/contracts';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { type OutcomeFilters, outcomeListQuery } from '../utils/outcome-filters';

const PAGE_SIZE = 50;

export const getProjectOutcomes = (projectId: string, filters: OutcomeFilters, cursor: string | undefined, signal?: AbortSignal) =>
  apiRequest<Page<Outcome>>(endpoints.listProjectOutcomes, {
    params: { projectId },
    query: { limit: PAGE_SIZE, cursor, ...outcomeListQuery(filters) },
    signal,
  });

export const projectOutcomesQueryOptions = (projectId: string, filters: OutcomeFilters) =>
  infiniteQueryOptions({
    queryKey: queryKeys.projectOutcomeList(projectId, { ...filters }),
    queryFn: ({ pageParam, signal }) => getProjectOutcomes(projectId, filters, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });

export const useProjectOutcomes = (projectId: string, filters: OutcomeFilters) =>
  useInfiniteQuery({ ...projectOutcomesQueryOptions(projectId, filters), placeholderData: (previous) => previous });
