import { endpoints } from '@outcome-atlas/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { invalidateChain } from '../../../lib/invalidate-chain';
import { queryKeys } from '../../../lib/query-keys';

export const deleteSolution = (solutionId: string) => apiRequest<void>(endpoints.deleteSolution, { params: { solutionId } });

export function useDeleteSolution(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteSolution,
    onSuccess: async (_result, solutionId) => {
      // Gone for good: drop it and its evaluation rather than refetch a 404.
      queryClient.removeQueries({ queryKey: queryKeys.solution(projectId, solutionId) });
      await invalidateChain(queryClient, projectId);
    },
  });
}
