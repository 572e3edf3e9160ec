import { endpoints, type ExtractionEstimate, type ExtractionProvider } from '@outcome-atlas/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** `provider` undefined: the server's default (OpenAI when it has a key, offline otherwise). */
export const getInterviewExtractionEstimate = (interviewId: string, provider: ExtractionProvider | undefined, signal?: AbortSignal) =>
  apiRequest<ExtractionEstimate>(endpoints.estimateInterviewExtraction, { params: { interviewId }, query: { provider }, signal });

export const interviewExtractionEstimateQueryOptions = (interviewId: string, provider: ExtractionProvider | undefined) =>
  queryOptions({
    queryKey: queryKeys.extractionEstimate('interview', interviewId, provider ?? null),
    queryFn: ({ signal }) => getInterviewExtractionEstimate(interviewId, provider, signal),
    staleTime: 0,
  });

export const useInterviewExtractionEstimate = (interviewId: string, provider: ExtractionProvider | undefined, { enabled = true } = {}) =>
  useQuery({ ...interviewExtractionEstimateQueryOptions(interviewId, provider), enabled });
