import { endpoints, type OpportunityBacklog } from '@outcome-atlas/contracts';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { apiRequest, buildUrl } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { type OpportunityFilters, opportunityListQuery } from '../utils/opportunity-filters';

/** The API's largest page: 2,000 outcomes arrive in ten requests while the user scrolls. */
const PAGE_SIZE = 200;

export const getOpportunities = (projectId: string, filters: OpportunityFilters, cursor: string | undefined, signal?: AbortSignal) =>
  apiRequest<OpportunityBacklog>(endpoints.listOpportunities, {
    params: { projectId },
    query: { limit: PAGE_SIZE, cursor, ...opportunityListQuery(filters) },
    signal,
  });

export const opportunitiesQueryOptions = (projectId: string, filters: OpportunityFilters) =>
  infiniteQueryOptions({
    queryKey: queryKeys.opportunityBacklog(projectId, { ...filters }),
    queryFn: ({ pageParam, signal }) => getOpportunities(projectId, filters, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });

export const useOpportunities = (projectId: string, filters: OpportunityFilters) =>
  useInfiniteQuery({ ...opportunitiesQueryOptions(projectId, filters), placeholderData: (previous) => previous });

/** The same backlog as CSV, for a plain link: the session cookie authenticates the download. */
export const opportunitiesCsvUrl = (projectId: string, filters: OpportunityFilters) =>
  buildUrl(endpoints.listOpportunities, { projectId }, { ...opportunityListQuery(filters), format: 'csv' });
