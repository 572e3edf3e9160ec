import { endpoints, type Outcome, outcomeSchema, type UpdateOutcomeRequest } from '@outcome-atlas/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { isApiError } from '../../../lib/api-error';
import { storeOutcomes } from './outcome-cache';

export type UpdateOutcomeInput = { outcomeId: string } & UpdateOutcomeRequest;

export const updateOutcome = ({ outcomeId, ...body }: UpdateOutcomeInput) =>
  apiRequest<Outcome>(endpoints.updateOutcome, { params: { outcomeId }, body });

/** The current outcome a 409 OUTCOME_STALE_VERSION carries in `error.details.current`, or null for any other error. */
export function staleCurrent(error: unknown): Outcome | null {
  if (!isApiError(error) || error.status !== 409) return null;
  const details = error.details;
  if (typeof details !== 'object' || details === null || !('current' in details)) return null;
  const parsed = outcomeSchema.safeParse(details.current);
  return parsed.success ? parsed.data : null;
}

/**
 * PATCH with the version the researcher read. A stale version answers 409 with the current copy, which
 * replaces the cached one, so nobody overwrites a colleague's change without seeing it.
 */
export function useUpdateOutcome() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateOutcome,
    onSuccess: (outcome) => storeOutcomes(queryClient, [outcome]),
    onError: async (error) => {
      const current = staleCurrent(error);
      if (current) await storeOutcomes(queryClient, [current]);
    },
  });
}
