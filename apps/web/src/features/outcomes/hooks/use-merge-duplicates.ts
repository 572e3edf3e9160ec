import type { Outcome, OutcomeDuplicateGroup } from '@outcome-atlas/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../lib/query-keys';
import { getOutcome } from '../api/get-outcome';
import { mergeOutcome, unmergeOutcome } from '../api/merge-outcome';
import { storeOutcomes } from '../api/outcome-cache';
import { staleCurrent } from '../api/update-outcome';

export type GroupOutcome = OutcomeDuplicateGroup['outcomes'][number];
export type MergeGroupInput = { projectId: string; keep: GroupOutcome; others: GroupOutcome[] };
export type MergeGroupResult = { into: GroupOutcome; merged: Outcome[] };

/** A merge that stopped part way: `merged` already happened (and can be undone); `stale` when an outcome changed meanwhile. */
export class MergeInterruptedError extends Error {
  constructor(
    readonly merged: Outcome[],
    readonly failedKey: string,
    readonly stale: boolean,
    readonly reason: unknown,
  ) {
    super(reason instanceof Error ? reason.message : `${failedKey} could not be merged`);
    this.name = 'MergeInterruptedError';
  }
}

/**
 * Merges each other outcome of a group into the one kept, one after the other, each with the version read
 * just before: an outcome that changed since the group was listed (or a 409 from the server) stops the merge.
 */
export function useMergeDuplicates() {
  const queryClient = useQueryClient();
  return useMutation({
    meta: { handlesErrors: true },
    mutationFn: async ({ keep, others }: MergeGroupInput): Promise<MergeGroupResult> => {
      const merged: Outcome[] = [];
      for (const other of others) {
        try {
          const current = await getOutcome(other.outcomeId);
          if (current.updatedAt !== other.updatedAt || current.status === 'merged') {
            await storeOutcomes(queryClient, [current]);
            throw new MergeInterruptedError(merged, other.key, true, new Error(`${other.key} was changed since the groups were listed.`));
          }
          const result = await mergeOutcome(current.id, { intoOutcomeId: keep.outcomeId, version: current.version });
          merged.push(result.merged);
          await storeOutcomes(queryClient, [result.outcome, result.merged]);
        } catch (error) {
          if (error instanceof MergeInterruptedError) throw error;
          const current = staleCurrent(error);
          if (current) await storeOutcomes(queryClient, [current]);
          throw new MergeInterruptedError(merged, other.key, current !== null, error);
        }
      }
      return { into: keep, merged };
    },
    onSettled: (_result, _error, { projectId }) => queryClient.invalidateQueries({ queryKey: queryKeys.allOutcomeDuplicates(projectId) }),
  });
}

export type UndoResult = { restored: Outcome[]; failed: { key: string; error: unknown }[]; evidenceNotReturned: number };

/** Undoes merges (latest first) with the versions the merges answered; keeps going past a failure. */
export function useUndoMerges() {
  const queryClient = useQueryClient();
  return async (projectId: string, merged: readonly Outcome[]): Promise<UndoResult> => {
    const result: UndoResult = { restored: [], failed: [], evidenceNotReturned: 0 };
    for (const outcome of [...merged].reverse()) {
      try {
        const answer = await unmergeOutcome(outcome.id, { version: outcome.version });
        result.restored.push(answer.outcome);
        result.evidenceNotReturned += answer.evidenceNotReturned.length;
        await storeOutcomes(queryClient, answer.from ? [answer.outcome, answer.from] : [answer.outcome]);
      } catch (error) {
        const current = staleCurrent(error);
        if (current) await storeOutcomes(queryClient, [current]);
        result.failed.push({ key: outcome.key, error });
      }
    }
    await queryClient.invalidateQueries({ queryKey: queryKeys.allOutcomeDuplicates(projectId) });
    return result;
  };
}
