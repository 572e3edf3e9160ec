import { endpoints, type JourneySummary, type Page } from '@outcome-atlas/contracts';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

const PAGE_SIZE = 50;

/** Below `journeys(projectId)` (with the atlases), so one invalidation refreshes the list and every map. */
export const journeyListKey = (projectId: string) => [...queryKeys.journeys(projectId), 'list'] as const;

export const getJourneys = (projectId: string, cursor: string | undefined, signal?: AbortSignal) =>
  apiRequest<Page<JourneySummary>>(endpoints.listJourneys, { params: { projectId }, query: { limit: PAGE_SIZE, cursor }, signal });

export const journeysQueryOptions = (projectId: string) =>
  infiniteQueryOptions({
    queryKey: journeyListKey(projectId),
    queryFn: ({ pageParam, signal }) => getJourneys(projectId, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });

export const useJourneys = (projectId: string) => useInfiniteQuery(journeysQueryOptions(projectId));
