import { endpoints, type JourneyAtlas, type JourneySummary, type Page } from '@outcome-atlas/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { ALL_PAGES_SIZE, fetchAllPages } from '../../../lib/fetch-all-pages';
import { queryKeys } from '../../../lib/query-keys';

// Own keys below the journeys' prefix: journey edits refresh them, and the journeys feature's caches keep their own shape.
const journeyOptionsKey = (projectId: string) => [...queryKeys.journeys(projectId), 'kpi-attachment-options'] as const;
const journeyStructureKey = (projectId: string, journeyId: string) => [...queryKeys.journey(projectId, journeyId), 'kpi-attachment-options'] as const;

const getJourneys = (projectId: string, signal?: AbortSignal) =>
  fetchAllPages((cursor) => apiRequest<Page<JourneySummary>>(endpoints.listJourneys, { params: { projectId }, query: { limit: ALL_PAGES_SIZE, cursor }, signal }));

/** Every journey of the project, to attach a KPI to one (or to its stages and touchpoints). */
export const useJourneyOptions = (projectId: string, enabled: boolean) =>
  useQuery({ queryKey: journeyOptionsKey(projectId), queryFn: ({ signal }) => getJourneys(projectId, signal), enabled });

/** One journey's stages and touchpoints (from its atlas), to pick the stage or touchpoint. */
export const useJourneyStructure = (projectId: string, journeyId: string | null) =>
  useQuery({
    queryKey: journeyStructureKey(projectId, journeyId ?? ''),
    queryFn: ({ signal }) => apiRequest<JourneyAtlas>(endpoints.getJourney, { params: { journeyId: journeyId ?? '' }, signal }),
    enabled: journeyId !== null,
  });
