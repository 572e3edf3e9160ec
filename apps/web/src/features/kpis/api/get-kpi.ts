import { endpoints, type KpiDetail } from '@outcome-atlas/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export const getKpi = (kpiId: string, signal?: AbortSignal) => apiRequest<KpiDetail>(endpoints.getKpi, { params: { kpiId }, signal });

export const kpiQueryOptions = (projectId: string, kpiId: string) =>
  queryOptions({ queryKey: queryKeys.kpi(projectId, kpiId), queryFn: ({ signal }) => getKpi(kpiId, signal) });

/** A KPI with its definition, latest value, recent trend and the ship dates of linked solutions. */
export const useKpi = (projectId: string, kpiId: string | null | undefined) => useQuery({ ...kpiQueryOptions(projectId, kpiId ?? ''), enabled: Boolean(kpiId) });
