import type { QueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../lib/query-keys';

/**
 * A solution changed: KPI charts draw its ship date, the control centre counts it, outcome links list it (the
 * `chain`), and the opportunity backlog lists the solutions aimed at each outcome.
 */
export const invalidateSolutionChain = (queryClient: QueryClient, projectId: string) =>
  Promise.all([
    queryClient.invalidateQueries({ queryKey: queryKeys.chain(projectId) }),
    queryClient.invalidateQueries({ queryKey: queryKeys.opportunityScores(projectId) }),
  ]);
