import { endpoints } from '@outcome-atlas/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export const deleteJobStep = (jobStepId: string) => apiRequest<void>(endpoints.deleteJobStep, { params: { jobStepId } });

export function useDeleteJobStep(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteJobStep,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.jobSteps(projectId) }),
  });
}
