import { endpoints, type Solution, type UpdateSolutionRequest } from '@outcome-atlas/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { invalidateChain } from '../../../lib/invalidate-chain';
import { queryKeys } from '../../../lib/query-keys';

export const updateSolution = (solutionId: string, body: UpdateSolutionRequest) => apiRequest<Solution>(endpoints.updateSolution, { params: { solutionId }, body });

/** Edits, status moves and target changes; the caller shows the errors (on form fields or beside the status). */
export function useUpdateSolution(projectId: string, solutionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateSolutionRequest) => updateSolution(solutionId, body),
    meta: { handlesErrors: true },
    onSuccess: async (solution) => {
      queryClient.setQueryData(queryKeys.solution(projectId, solution.id), solution);
      await invalidateChain(queryClient, projectId);
    },
  });
}
