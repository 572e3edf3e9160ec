import {
  endpoints,
  type MergeOutcomeRequest,
  type MergeOutcomeResponse,
  type UnmergeOutcomeRequest,
  type UnmergeOutcomeResponse,
} from '@outcome-atlas/contracts';
import { type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { storeOutcomes } from './outcome-cache';
import { staleCurrent } from './update-outcome';

export const mergeOutcome = (outcomeId: string, body: MergeOutcomeRequest) =>
  apiRequest<MergeOutcomeResponse>(endpoints.mergeOutcome, { params: { outcomeId }, body });

export const unmergeOutcome = (outcomeId: string, body: UnmergeOutcomeRequest) =>
  apiRequest<UnmergeOutcomeResponse>(endpoints.unmergeOutcome, { params: { outcomeId }, body });

/** After a merge or unmerge: the outcomes as the server answered, lists and duplicate groups marked stale. */
export async function afterMergeChange(queryClient: QueryClient, projectId: string, outcomes: Parameters<typeof storeOutcomes>[1]) {
  await storeOutcomes(queryClient, outcomes);
  await queryClient.invalidateQueries({ queryKey: queryKeys.allOutcomeDuplicates(projectId) });
}

export type UnmergeInput = { outcomeId: string; projectId: string; version: number };

/** Undo the merge of one outcome, sending the version read; a 409 brings the current copy into the cache. */
export function useUnmergeOutcome() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ outcomeId, version }: UnmergeInput) => unmergeOutcome(outcomeId, { version }),
    meta: { handlesErrors: true },
    onSuccess: (result, { projectId }) => afterMergeChange(queryClient, projectId, result.from ? [result.outcome, result.from] : [result.outcome]),
    onError: async (error) => {
      const current = staleCurrent(error);
      if (current) await storeOutcomes(queryClient, [current]);
    },
  });
}
