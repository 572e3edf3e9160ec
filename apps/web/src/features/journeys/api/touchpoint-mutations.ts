import { type CreateTouchpointRequest, endpoints, type Touchpoint, type UpdateTouchpointRequest } from '@outcome-atlas/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { invalidateChain } from '../../../lib/invalidate-chain';

export const createTouchpoint = (stageId: string, body: CreateTouchpointRequest) =>
  apiRequest<Touchpoint>(endpoints.createTouchpoint, { params: { stageId }, body });
export const updateTouchpoint = (touchpointId: string, body: UpdateTouchpointRequest) =>
  apiRequest<Touchpoint>(endpoints.updateTouchpoint, { params: { touchpointId }, body });
export const deleteTouchpoint = (touchpointId: string) => apiRequest<void>(endpoints.deleteTouchpoint, { params: { touchpointId } });

export function useCreateTouchpoint(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ stageId, ...body }: { stageId: string } & CreateTouchpointRequest) => createTouchpoint(stageId, body),
    meta: { handlesErrors: true },
    onSuccess: () => invalidateChain(queryClient, projectId),
  });
}

/** Edits the touchpoint's fields; moves go through `useMoveTouchpoint`, which updates the map at once. */
export function useUpdateTouchpoint(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ touchpointId, ...body }: { touchpointId: string } & UpdateTouchpointRequest) => updateTouchpoint(touchpointId, body),
    meta: { handlesErrors: true },
    onSuccess: () => invalidateChain(queryClient, projectId),
  });
}

export function useDeleteTouchpoint(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deleteTouchpoint, onSuccess: () => invalidateChain(queryClient, projectId) });
}
