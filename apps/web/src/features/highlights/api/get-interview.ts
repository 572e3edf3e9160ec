import { endpoints, type InterviewDetail } from '@outcome-atlas/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export const getInterview = (interviewId: string, signal?: AbortSignal) =>
  apiRequest<InterviewDetail>(endpoints.getInterview, { params: { interviewId }, signal });

export const interviewQueryOptions = (interviewId: string) =>
  queryOptions({ queryKey: queryKeys.interview(interviewId), queryFn: ({ signal }) => getInterview(interviewId, signal) });

export const useInterview = (interviewId: string) => useQuery(interviewQueryOptions(interviewId));
