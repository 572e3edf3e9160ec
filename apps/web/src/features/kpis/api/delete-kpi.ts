import { endpoints } from '@outcome-atlas/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { invalidateChain } from '../../../lib/invalidate-chain';
import { queryKeys } from '../../../lib/query-keys';

export const deleteKpi = (kpiId: string) => apiRequest<void>(endpoints.deleteKpi, { params: { kpiId } });

export function useDeleteKpi(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteKpi,
    onSuccess: async (_result, kpiId) => {
      // Gone for good: drop it (and its measurements) rather than refetch a 404.
      queryClient.removeQueries({ queryKey: queryKeys.kpi(projectId, kpiId) });
      await invalidateChain(queryClient, projectId);
    },
  });
}
