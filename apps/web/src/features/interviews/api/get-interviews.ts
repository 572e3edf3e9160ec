import { endpoints, type InterviewListItem, type Page } from '@outcome-atlas/contracts';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

const PAGE_SIZE = 25;

export type InterviewFilters = { q: string; personaId: string | null; tagId: string | null };

export const getInterviews = (projectId: string, filters: InterviewFilters, cursor: string | undefined, signal?: AbortSignal) =>
  apiRequest<Page<InterviewListItem>>(endpoints.listInterviews, {
    params: { projectId },
    query: { limit: PAGE_SIZE, cursor, q: filters.q.trim() || undefined, personaId: filters.personaId, tagId: filters.tagId },
    signal,
  });

export const interviewsQueryOptions = (projectId: string, filters: InterviewFilters) =>
  infiniteQueryOptions({
    queryKey: queryKeys.interviewSearch(projectId, filters),
    queryFn: ({ pageParam, signal }) => getInterviews(projectId, filters, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });

export const useInterviews = (projectId: string, filters: InterviewFilters) =>
  useInfiniteQuery({ ...interviewsQueryOptions(projectId, filters), placeholderData: (previous) => previous });
