import { type CreateSolutionRequest, endpoints, type Solution } from '@outcome-atlas/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { invalidateChain } from '../../../lib/invalidate-chain';
import { queryKeys } from '../../../lib/query-keys';

export const createSolution = (projectId: string, body: CreateSolutionRequest) => apiRequest<Solution>(endpoints.createSolution, { params: { projectId }, body });

/** The form shows the errors on its fields (422 SHIP_DATE_REQUIRED on the ship date). */
export function useCreateSolution(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateSolutionRequest) => createSolution(projectId, body),
    meta: { handlesErrors: true },
    onSuccess: async (solution) => {
      queryClient.setQueryData(queryKeys.solution(projectId, solution.id), solution);
      await invalidateChain(queryClient, projectId);
    },
  });
}
