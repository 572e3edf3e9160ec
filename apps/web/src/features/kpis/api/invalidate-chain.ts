import type { QueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../lib/query-keys';

/**
 * A KPI or its values changed: the journey atlas, solutions, the control centre and the outcome links all
 * show KPIs (the `chain`), and the opportunity backlog lists each outcome's KPIs with their latest value.
 */
export const invalidateKpiChain = (queryClient: QueryClient, projectId: string) =>
  Promise.all([
    queryClient.invalidateQueries({ queryKey: queryKeys.chain(projectId) }),
    queryClient.invalidateQueries({ queryKey: queryKeys.opportunityScores(projectId) }),
  ]);
