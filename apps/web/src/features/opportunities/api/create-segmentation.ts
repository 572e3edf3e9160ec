import { endpoints, type CreateSegmentationRequest, type Segmentation } from '@outcome-atlas/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export const createSegmentation = (projectId: string, body: CreateSegmentationRequest) =>
  apiRequest<Segmentation>(endpoints.createSegmentation, { params: { projectId }, body });

/** Runs on the server synchronously; the new saved segments become segment filters everywhere. */
export function useCreateSegmentation(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateSegmentationRequest) => createSegmentation(projectId, body),
    meta: { handlesErrors: true },
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.segmentations(projectId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.segments(projectId) }),
      ]),
  });
}
