import { endpoints } from '@outcome-atlas/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { invalidateChain } from '../../../lib/invalidate-chain';

/** Where an outcome is linked: a touchpoint, or a stage as a whole. */
export type OutcomeLinkTarget = { kind: 'touchpoint'; id: string } | { kind: 'stage'; id: string };

export function linkOutcome(target: OutcomeLinkTarget, outcomeId: string) {
  return target.kind === 'touchpoint'
    ? apiRequest<void>(endpoints.linkTouchpointOutcome, { params: { touchpointId: target.id }, body: { outcomeId } })
    : apiRequest<void>(endpoints.linkStageOutcome, { params: { stageId: target.id }, body: { outcomeId } });
}

export function unlinkOutcome(target: OutcomeLinkTarget, outcomeId: string) {
  return target.kind === 'touchpoint'
    ? apiRequest<void>(endpoints.unlinkTouchpointOutcome, { params: { touchpointId: target.id, outcomeId } })
    : apiRequest<void>(endpoints.unlinkStageOutcome, { params: { stageId: target.id, outcomeId } });
}

export function useLinkOutcome(projectId: string, target: OutcomeLinkTarget) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (outcomeId: string) => linkOutcome(target, outcomeId), onSuccess: () => invalidateChain(queryClient, projectId) });
}

export function useUnlinkOutcome(projectId: string, target: OutcomeLinkTarget) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (outcomeId: string) => unlinkOutcome(target, outcomeId), onSuccess: () => invalidateChain(queryClient, projectId) });
}
