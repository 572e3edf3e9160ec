import { type CreateKpiRequest, endpoints, type KpiDetail } from '@outcome-atlas/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { invalidateChain } from '../../../lib/invalidate-chain';
import { queryKeys } from '../../../lib/query-keys';

export const createKpi = (projectId: string, body: CreateKpiRequest) => apiRequest<KpiDetail>(endpoints.createKpi, { params: { projectId }, body });

/** The form shows the errors on its fields (a 422 such as KPI_SCALE_INVALID on the scale). */
export function useCreateKpi(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateKpiRequest) => createKpi(projectId, body),
    meta: { handlesErrors: true },
    onSuccess: async (kpi) => {
      queryClient.setQueryData(queryKeys.kpi(projectId, kpi.id), kpi);
      await invalidateChain(queryClient, projectId);
    },
  });
}
