import { endpoints, type JourneyAtlas } from '@outcome-atlas/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export const getJourney = (journeyId: string, signal?: AbortSignal) => apiRequest<JourneyAtlas>(endpoints.getJourney, { params: { journeyId }, signal });

export const journeyQueryOptions = (projectId: string, journeyId: string) =>
  queryOptions({ queryKey: queryKeys.journey(projectId, journeyId), queryFn: ({ signal }) => getJourney(journeyId, signal) });

/** The whole atlas in one response: stages, touchpoints, linked opportunities, KPIs, quotes and pain markers. */
export const useJourney = (projectId: string, journeyId: string) => useQuery(journeyQueryOptions(projectId, journeyId));
