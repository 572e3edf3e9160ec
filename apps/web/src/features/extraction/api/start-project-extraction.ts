import { endpoints, type StartExtractionRequest, type StartExtractionsResponse } from '@outcome-atlas/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { invalidateExtractionViews, storeJobs } from './invalidate-extraction-views';

/** 202: one queued job per interview not yet extracted with the resolved model and prompt version. */
export const startProjectExtraction = (projectId: string, body: StartExtractionRequest) =>
  apiRequest<StartExtractionsResponse>(endpoints.startProjectExtraction, { params: { projectId }, body });

export function useStartProjectExtraction(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: StartExtractionRequest) => startProjectExtraction(projectId, body),
    meta: { handlesErrors: true },
    onSuccess: async (result) => {
      storeJobs(queryClient, result.jobs);
      await Promise.all([
        invalidateExtractionViews(queryClient, result.jobs),
        // No job started (everything extracted) still changes nothing, but the list must show the new ones.
        queryClient.invalidateQueries({ queryKey: queryKeys.extractionJobs(projectId) }),
      ]);
    },
  });
}
