import { type BulkOutcomesRequest, type BulkOutcomesResponse, endpoints } from '@outcome-atlas/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { storeOutcomes } from './outcome-cache';

export const bulkUpdateOutcomes = (projectId: string, body: BulkOutcomesRequest) =>
  apiRequest<BulkOutcomesResponse>(endpoints.bulkUpdateOutcomes, { params: { projectId }, body });

/** All or nothing on the server; merged outcomes are skipped and reported. */
export function useBulkUpdateOutcomes(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: BulkOutcomesRequest) => bulkUpdateOutcomes(projectId, body),
    onSuccess: async (result) => {
      await storeOutcomes(queryClient, result.outcomes);
      await queryClient.invalidateQueries({ queryKey: queryKeys.projectOutcomes(projectId), refetchType: 'none' });
    },
  });
}
