import { endpoints, type Outcome, type Page } from '@outcome-atlas/contracts';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

const PAGE_SIZE = 20;

export const searchAcceptedOutcomes = (projectId: string, q: string, signal?: AbortSignal) =>
  apiRequest<Page<Outcome>>(endpoints.listProjectOutcomes, {
    params: { projectId },
    query: { limit: PAGE_SIZE, status: 'accepted', q: q.trim() || undefined, sort: 'key' },
    signal,
  });

/**
 * Accepted outcomes whose statement contains the words, for the link pickers. Stored as an outcome list
 * (one page, the same shape as the outcomes page's lists), so an outcome edited there updates here too.
 */
export const acceptedOutcomesQueryOptions = (projectId: string, q: string) =>
  infiniteQueryOptions({
    queryKey: queryKeys.projectOutcomeList(projectId, { status: 'accepted', q: q.trim(), limit: PAGE_SIZE }),
    queryFn: ({ signal }) => searchAcceptedOutcomes(projectId, q, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: () => undefined,
  });

export const useAcceptedOutcomes = (projectId: string, q: string) =>
  useInfiniteQuery({ ...acceptedOutcomesQueryOptions(projectId, q), placeholderData: (previous) => previous });
