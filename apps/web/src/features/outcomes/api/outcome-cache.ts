import type { Outcome, Page } from '@outcome-atlas/contracts';
import type { InfiniteData, QueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../lib/query-keys';

/**
 * Puts outcomes the server answered with into every loaded list of their project, in place, so a row
 * keeps its position while the researcher triages (the lists are marked stale and refetch on the next
 * filter change or visit). What other pages derive from outcomes is marked stale too: the outcomes to
 * rate (accepted ones), and the opportunity scores (statements, accepted outcomes, ratings a merge moves).
 */
export function storeOutcomes(queryClient: QueryClient, outcomes: readonly Outcome[]) {
  if (outcomes.length === 0) return Promise.resolve();
  const byId = new Map(outcomes.map((outcome) => [outcome.id, outcome]));
  const projectIds = [...new Set(outcomes.map((outcome) => outcome.projectId))];
  for (const outcome of outcomes) queryClient.setQueryData(queryKeys.outcome(outcome.id), outcome);
  for (const projectId of projectIds) {
    queryClient.setQueriesData<InfiniteData<Page<Outcome>>>({ queryKey: queryKeys.projectOutcomes(projectId) }, (data) =>
      data
        ? { ...data, pages: data.pages.map((page) => ({ ...page, items: page.items.map((item) => byId.get(item.id) ?? item) })) }
        : data,
    );
  }
  return Promise.all([
    ...projectIds.map((projectId) => queryClient.invalidateQueries({ queryKey: queryKeys.projectOutcomes(projectId), refetchType: 'none' })),
    ...projectIds.map((projectId) => queryClient.invalidateQueries({ queryKey: queryKeys.allRatingOutcomes(projectId) })),
    ...projectIds.map((projectId) => queryClient.invalidateQueries({ queryKey: queryKeys.opportunityScores(projectId) })),
    ...outcomes.map((outcome) => queryClient.invalidateQueries({ queryKey: queryKeys.outcomeHistory(outcome.id) })),
    queryClient.invalidateQueries({ queryKey: queryKeys.allInterviewOutcomes }),
  ]);
}
