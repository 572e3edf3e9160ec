import { endpoints, type CreateJobStepRequest, type JobStep } from '@outcome-atlas/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export const createJobStep = (projectId: string, body: CreateJobStepRequest) =>
  apiRequest<JobStep>(endpoints.createJobStep, { params: { projectId }, body });

export function useCreateJobStep(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateJobStepRequest) => createJobStep(projectId, body),
    meta: { handlesErrors: true },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.jobSteps(projectId) }),
  });
}
