import { type CreateStageRequest, endpoints, type JourneyStage, type UpdateStageRequest } from '@outcome-atlas/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { invalidateChain } from '../../../lib/invalidate-chain';

export const createStage = (journeyId: string, body: CreateStageRequest) => apiRequest<JourneyStage>(endpoints.createStage, { params: { journeyId }, body });
export const updateStage = (stageId: string, body: UpdateStageRequest) => apiRequest<JourneyStage>(endpoints.updateStage, { params: { stageId }, body });
export const deleteStage = (stageId: string) => apiRequest<void>(endpoints.deleteStage, { params: { stageId } });

export function useCreateStage(projectId: string, journeyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateStageRequest) => createStage(journeyId, body),
    meta: { handlesErrors: true },
    onSuccess: () => invalidateChain(queryClient, projectId),
  });
}

export function useUpdateStage(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ stageId, ...body }: { stageId: string } & UpdateStageRequest) => updateStage(stageId, body),
    meta: { handlesErrors: true },
    onSuccess: () => invalidateChain(queryClient, projectId),
  });
}

export function useDeleteStage(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deleteStage, onSuccess: () => invalidateChain(queryClient, projectId) });
}
