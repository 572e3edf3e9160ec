import { endpoints } from '@outcome-atlas/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { invalidateChain } from '../../../lib/invalidate-chain';
import { queryKeys } from '../../../lib/query-keys';

export const deleteJourney = (journeyId: string) => apiRequest<void>(endpoints.deleteJourney, { params: { journeyId } });

export function useDeleteJourney(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteJourney,
    onSuccess: async (_result, journeyId) => {
      queryClient.removeQueries({ queryKey: queryKeys.journey(projectId, journeyId) });
      await invalidateChain(queryClient, projectId);
    },
  });
}
