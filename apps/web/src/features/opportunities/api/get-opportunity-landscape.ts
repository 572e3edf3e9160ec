import { endpoints, type OpportunityLandscape } from '@outcome-atlas/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export type LandscapeFilters = { segment: string | null; jobStepId: string | null };

export const getOpportunityLandscape = (projectId: string, filters: LandscapeFilters, signal?: AbortSignal) =>
  apiRequest<OpportunityLandscape>(endpoints.getOpportunityLandscape, {
    params: { projectId },
    query: { segment: filters.segment ?? undefined, jobStepId: filters.jobStepId ?? undefined },
    signal,
  });

export const opportunityLandscapeQueryOptions = (projectId: string, filters: LandscapeFilters) =>
  queryOptions({
    queryKey: queryKeys.opportunityLandscape(projectId, { ...filters }),
    queryFn: ({ signal }) => getOpportunityLandscape(projectId, filters, signal),
  });

export const useOpportunityLandscape = (projectId: string, filters: LandscapeFilters) =>
  useQuery({ ...opportunityLandscapeQueryOptions(projectId, filters), placeholderData: (previous) => previous });
