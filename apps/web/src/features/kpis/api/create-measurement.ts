import { type CreateMeasurementRequest, endpoints, type KpiMeasurement } from '@outcome-atlas/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { invalidateChain } from '../../../lib/invalidate-chain';

export const createMeasurement = (kpiId: string, body: CreateMeasurementRequest) =>
  apiRequest<KpiMeasurement>(endpoints.createKpiMeasurement, { params: { kpiId }, body });

/** Records (or replaces) one period's value; the form shows the errors on its fields. */
export function useCreateMeasurement(projectId: string, kpiId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateMeasurementRequest) => createMeasurement(kpiId, body),
    meta: { handlesErrors: true },
    onSuccess: () => invalidateChain(queryClient, projectId),
  });
}
