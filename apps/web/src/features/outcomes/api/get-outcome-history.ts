import { endpoints, type OutcomeHistoryEntry, type Page } from '@outcome-atlas/contracts';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

const PAGE_SIZE = 25;

/** Newest first. */
export const getOutcomeHistory = (outcomeId: string, cursor: string | undefined, signal?: AbortSignal) =>
  apiRequest<Page<OutcomeHistoryEntry>>(endpoints.listOutcomeHistory, { params: { outcomeId }, query: { limit: PAGE_SIZE, cursor }, signal });

export const outcomeHistoryQueryOptions = (outcomeId: string) =>
  infiniteQueryOptions({
    queryKey: queryKeys.outcomeHistory(outcomeId),
    queryFn: ({ pageParam, signal }) => getOutcomeHistory(outcomeId, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });

export const useOutcomeHistory = (outcomeId: string) => useInfiniteQuery(outcomeHistoryQueryOptions(outcomeId));
