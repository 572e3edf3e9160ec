import { endpoints, type OpportunityComparison } from '@outcome-atlas/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export type ComparisonPair = { a: string; b: string };

export const compareOpportunities = (projectId: string, pair: ComparisonPair, signal?: AbortSignal) =>
  apiRequest<OpportunityComparison>(endpoints.compareOpportunities, { params: { projectId }, query: pair, signal });

export const opportunityComparisonQueryOptions = (projectId: string, pair: ComparisonPair) =>
  queryOptions({
    queryKey: queryKeys.opportunityComparison(projectId, { ...pair }),
    queryFn: ({ signal }) => compareOpportunities(projectId, pair, signal),
  });

/** Reads only once two different segments are picked. */
export const useOpportunityComparison = (projectId: string, pair: ComparisonPair | null) =>
  useQuery({
    ...opportunityComparisonQueryOptions(projectId, pair ?? { a: '', b: '' }),
    enabled: pair !== null,
    placeholderData: (previous) => previous,
  });
