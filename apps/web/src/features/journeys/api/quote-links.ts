import { endpoints } from '@outcome-atlas/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { invalidateChain } from '../../../lib/invalidate-chain';

export const linkQuote = (touchpointId: string, highlightId: string) =>
  apiRequest<void>(endpoints.linkTouchpointHighlight, { params: { touchpointId }, body: { highlightId } });
export const unlinkQuote = (touchpointId: string, highlightId: string) =>
  apiRequest<void>(endpoints.unlinkTouchpointHighlight, { params: { touchpointId, highlightId } });

export function useLinkQuote(projectId: string, touchpointId: string) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (highlightId: string) => linkQuote(touchpointId, highlightId), onSuccess: () => invalidateChain(queryClient, projectId) });
}

export function useUnlinkQuote(projectId: string, touchpointId: string) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (highlightId: string) => unlinkQuote(touchpointId, highlightId), onSuccess: () => invalidateChain(queryClient, projectId) });
}
