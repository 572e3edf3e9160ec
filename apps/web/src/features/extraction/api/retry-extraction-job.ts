import { endpoints, type ExtractionJob } from '@outcome-atlas/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { isApiError } from '../../../lib/api-error';
import { queryKeys } from '../../../lib/query-keys';
import { invalidateExtractionViews } from './invalidate-extraction-views';

/** 202: queued again; chunks already done are not sent to the model twice. 409 EXTRACTION_JOB_NOT_RETRYABLE otherwise. */
export const retryExtractionJob = (jobId: string) => apiRequest<ExtractionJob>(endpoints.retryExtractionJob, { params: { jobId } });

export function useRetryExtractionJob() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (job: Pick<ExtractionJob, 'id' | 'projectId' | 'interviewId'>) => retryExtractionJob(job.id),
    onSuccess: async (job) => {
      queryClient.setQueryData(queryKeys.extractionJob(job.id), job);
      await invalidateExtractionViews(queryClient, [job]);
    },
    onError: async (error, job) => {
      if (isApiError(error) && error.status === 409) {
        await Promise.all([queryClient.invalidateQueries({ queryKey: queryKeys.extractionJob(job.id) }), invalidateExtractionViews(queryClient, [job])]);
      }
    },
  });
}
