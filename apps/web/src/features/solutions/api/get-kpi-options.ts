import { endpoints, type Kpi, type Page } from '@outcome-atlas/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { ALL_PAGES_SIZE, fetchAllPages } from '../../../lib/fetch-all-pages';
import { queryKeys } from '../../../lib/query-keys';

// Below the KPIs' prefix, so KPI edits refresh the choice; a key of its own, since the KPI pages cache pages, not one list.
const kpiOptionsKey = (projectId: string) => [...queryKeys.kpis(projectId), 'solution-options'] as const;

const getAllKpis = (projectId: string, signal?: AbortSignal) =>
  fetchAllPages((cursor) => apiRequest<Page<Kpi>>(endpoints.listKpis, { params: { projectId }, query: { limit: ALL_PAGES_SIZE, cursor }, signal }));

/** Every KPI of the project, to choose the one a solution is expected to move. */
export const useKpiOptions = (projectId: string) => useQuery({ queryKey: kpiOptionsKey(projectId), queryFn: ({ signal }) => getAllKpis(projectId, signal) });
