import { endpoints, type ExtractionJob } from '@outcome-atlas/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { isApiError } from '../../../lib/api-error';
import { queryKeys } from '../../../lib/query-keys';
import { invalidateExtractionViews } from './invalidate-extraction-views';

/** 409 EXTRACTION_JOB_FINISHED when the job finished before the cancel arrived. */
export const cancelExtractionJob = (jobId: string) => apiRequest<ExtractionJob>(endpoints.cancelExtractionJob, { params: { jobId } });

export function useCancelExtractionJob() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (job: Pick<ExtractionJob, 'id' | 'projectId' | 'interviewId'>) => cancelExtractionJob(job.id),
    onSuccess: async (job) => {
      queryClient.setQueryData(queryKeys.extractionJob(job.id), job);
      await invalidateExtractionViews(queryClient, [job]);
    },
    onError: async (error, job) => {
      // Finished meanwhile: show what it finished as.
      if (isApiError(error) && error.code === 'EXTRACTION_JOB_FINISHED') {
        await Promise.all([queryClient.invalidateQueries({ queryKey: queryKeys.extractionJob(job.id) }), invalidateExtractionViews(queryClient, [job])]);
      }
    },
  });
}
