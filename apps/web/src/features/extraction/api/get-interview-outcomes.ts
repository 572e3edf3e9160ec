import { endpoints, type Outcome, type Page } from '@outcome-atlas/contracts';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

const PAGE_SIZE = 100;

/** Outcomes with evidence in the interview, in the order their first quote appears, each with this interview's quotes. */
export const getInterviewOutcomes = (interviewId: string, cursor: string | undefined, signal?: AbortSignal) =>
  apiRequest<Page<Outcome>>(endpoints.listInterviewOutcomes, { params: { interviewId }, query: { limit: PAGE_SIZE, cursor }, signal });

export const interviewOutcomesQueryOptions = (interviewId: string) =>
  infiniteQueryOptions({
    queryKey: queryKeys.interviewOutcomes(interviewId),
    queryFn: ({ pageParam, signal }) => getInterviewOutcomes(interviewId, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });

export const useInterviewOutcomes = (interviewId: string) => useInfiniteQuery(interviewOutcomesQueryOptions(interviewId));
