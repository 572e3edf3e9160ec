import { endpoints, type StartExtractionRequest, type StartExtractionsResponse } from '@outcome-atlas/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { invalidateExtractionViews, storeJobs } from './invalidate-extraction-views';

/** 202: the job is queued; an extraction already under way for this interview is returned instead of a new one. */
export const startInterviewExtraction = (interviewId: string, body: StartExtractionRequest) =>
  apiRequest<StartExtractionsResponse>(endpoints.startInterviewExtraction, { params: { interviewId }, body });

export function useStartInterviewExtraction(interviewId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: StartExtractionRequest) => startInterviewExtraction(interviewId, body),
    meta: { handlesErrors: true },
    onSuccess: async (result) => {
      storeJobs(queryClient, result.jobs);
      await invalidateExtractionViews(queryClient, result.jobs);
    },
  });
}
