import type { QueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../lib/query-keys';

/**
 * Journeys are part of the chain (atlases, touchpoint details, KPI cards, the control centre) and the
 * opportunity backlog lists where each outcome shows in them: a structural change or a link refreshes both.
 */
export const invalidateJourneyViews = (queryClient: QueryClient, projectId: string) =>
  Promise.all([
    queryClient.invalidateQueries({ queryKey: queryKeys.chain(projectId) }),
    queryClient.invalidateQueries({ queryKey: queryKeys.opportunityScores(projectId) }),
  ]);
