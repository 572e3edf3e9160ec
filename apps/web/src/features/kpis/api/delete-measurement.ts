import { endpoints } from '@outcome-atlas/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { invalidateChain } from '../../../lib/invalidate-chain';

export const deleteMeasurement = (measurementId: string) => apiRequest<void>(endpoints.deleteKpiMeasurement, { params: { measurementId } });

export function useDeleteMeasurement(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deleteMeasurement, onSuccess: () => invalidateChain(queryClient, projectId) });
}
