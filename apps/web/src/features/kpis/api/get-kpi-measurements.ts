import { endpoints, type KpiMeasurement, type Page } from '@outcome-atlas/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { ALL_PAGES_SIZE, fetchAllPages } from '../../../lib/fetch-all-pages';
import { queryKeys } from '../../../lib/query-keys';

/** The whole time series, oldest period first (the chart and the table need every value). */
export const getKpiMeasurements = (kpiId: string, signal?: AbortSignal) =>
  fetchAllPages((cursor) => apiRequest<Page<KpiMeasurement>>(endpoints.listKpiMeasurements, { params: { kpiId }, query: { limit: ALL_PAGES_SIZE, cursor }, signal }));

export const kpiMeasurementsQueryOptions = (projectId: string, kpiId: string) =>
  queryOptions({ queryKey: queryKeys.kpiMeasurements(projectId, kpiId), queryFn: ({ signal }) => getKpiMeasurements(kpiId, signal) });

export const useKpiMeasurements = (projectId: string, kpiId: string) => useQuery(kpiMeasurementsQueryOptions(projectId, kpiId));
