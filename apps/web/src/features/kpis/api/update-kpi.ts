import { endpoints, type KpiDetail, type UpdateKpiRequest } from '@outcome-atlas/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { invalidateKpiChain } from './invalidate-chain';

export const updateKpi = (kpiId: string, body: UpdateKpiRequest) => apiRequest<KpiDetail>(endpoints.updateKpi, { params: { kpiId }, body });

/** The form shows the errors on its fields. */
export function useUpdateKpi(projectId: string, kpiId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateKpiRequest) => updateKpi(kpiId, body),
    meta: { handlesErrors: true },
    onSuccess: async (kpi) => {
      queryClient.setQueryData(queryKeys.kpi(projectId, kpi.id), kpi);
      await invalidateKpiChain(queryClient, projectId);
    },
  });
}
