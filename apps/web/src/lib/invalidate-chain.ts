import type { QueryClient } from '@tanstack/react-query';
import { queryKeys } from './query-keys';

/**
 * A journey, KPI or solution changed (or a link between them): the atlases, touchpoint details, KPI cards and
 * charts, the control centre and the outcome links all read the `chain`, and the opportunity backlog lists
 * where each outcome shows, what measures it and what targets it.
 */
export const invalidateChain = (queryClient: QueryClient, projectId: string) =>
  Promise.all([
    queryClient.invalidateQueries({ queryKey: queryKeys.chain(projectId) }),
    queryClient.invalidateQueries({ queryKey: queryKeys.opportunityScores(projectId) }),
  ]);
