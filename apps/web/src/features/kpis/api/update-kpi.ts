import { endpoints, type KpiDetail, type UpdateKpiRequest } from '@outcome-atlas/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { invalidateChain } from '../../../lib/invalidate-chain';
import { queryKeys } from '../../../lib/query-keys';

export const updateKpi = (kpiId: string, body: UpdateKpiRequest) => apiRequest<KpiDetail>(endpoints.updateKpi, { params: { kpiId }, body });

/** The form shows the errors on its fields. */
export function useUpdateKpi(projectId: string, kpiId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateKpiRequest) => updateKpi(kpiId, body),
    meta: { handlesErrors: true },
    onSuccess: async (kpi) => {
      queryClient.setQueryData(queryKeys.kpi(projectId, kpi.id), kpi);
      await invalidateChain(queryClient, projectId);
    },
  });
}
