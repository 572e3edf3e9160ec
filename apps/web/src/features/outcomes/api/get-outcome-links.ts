import { endpoints, type OutcomeLinks } from '@outcome-atlas/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** Where the outcome shows in the journeys, the KPIs that measure it and the solutions aimed at it. */
export const getOutcomeLinks = (outcomeId: string, signal?: AbortSignal) =>
  apiRequest<OutcomeLinks>(endpoints.getOutcomeLinks, { params: { outcomeId }, signal });

/** Under `chain(projectId)`: linking a journey, KPI or solution anywhere refreshes it. */
export const outcomeLinksQueryOptions = (projectId: string, outcomeId: string) =>
  queryOptions({ queryKey: queryKeys.outcomeLinks(projectId, outcomeId), queryFn: ({ signal }) => getOutcomeLinks(outcomeId, signal) });

export const useOutcomeLinks = (projectId: string, outcomeId: string) => useQuery(outcomeLinksQueryOptions(projectId, outcomeId));
