import { endpoints, type InterviewDetail, type InterviewListItem, type Page } from '@outcome-atlas/contracts';
import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

const PAGE_SIZE = 20;

/**
 * The API has no project-wide highlight search, so a quote is picked in two steps: an interview (full-text
 * search), then one of its highlights. Both reads share the interviews pages' cache entries and shapes.
 */
export const searchInterviews = (projectId: string, q: string, signal?: AbortSignal) =>
  apiRequest<Page<InterviewListItem>>(endpoints.listInterviews, { params: { projectId }, query: { limit: PAGE_SIZE, q: q.trim() || undefined }, signal });

export const interviewSearchQueryOptions = (projectId: string, q: string) =>
  infiniteQueryOptions({
    queryKey: queryKeys.interviewSearch(projectId, { q: q.trim(), personaId: null, tagId: null }),
    queryFn: ({ signal }) => searchInterviews(projectId, q, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: () => undefined,
  });

export const useInterviewSearch = (projectId: string, q: string) =>
  useInfiniteQuery({ ...interviewSearchQueryOptions(projectId, q), placeholderData: (previous) => previous });

export const getInterviewWithHighlights = (interviewId: string, signal?: AbortSignal) =>
  apiRequest<InterviewDetail>(endpoints.getInterview, { params: { interviewId }, signal });

export const interviewHighlightsQueryOptions = (interviewId: string) =>
  queryOptions({ queryKey: queryKeys.interview(interviewId), queryFn: ({ signal }) => getInterviewWithHighlights(interviewId, signal) });

export const useInterviewHighlights = (interviewId: string | null) =>
  useQuery({ ...interviewHighlightsQueryOptions(interviewId ?? ''), enabled: interviewId !== null });
