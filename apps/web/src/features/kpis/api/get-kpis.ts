import { endpoints, type Kpi, type Page } from '@outcome-atlas/contracts';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { type KpiFilters, kpiListQuery } from '../utils/kpi-filters';

/** Three rows of cards on a wide screen, several on a phone. */
const PAGE_SIZE = 24;

export const getKpis = (projectId: string, filters: KpiFilters, cursor: string | undefined, signal?: AbortSignal) =>
  apiRequest<Page<Kpi>>(endpoints.listKpis, { params: { projectId }, query: { limit: PAGE_SIZE, cursor, ...kpiListQuery(filters) }, signal });

export const kpisQueryOptions = (projectId: string, filters: KpiFilters) =>
  infiniteQueryOptions({
    queryKey: queryKeys.kpiList(projectId, { ...filters }),
    queryFn: ({ pageParam, signal }) => getKpis(projectId, filters, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });

export const useKpis = (projectId: string, filters: KpiFilters) => useInfiniteQuery({ ...kpisQueryOptions(projectId, filters), placeholderData: (previous) => previous });
