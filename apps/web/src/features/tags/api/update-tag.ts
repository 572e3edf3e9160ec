import { endpoints, type Tag, type UpdateTagRequest } from '@outcome-atlas/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { invalidateTagViews } from './invalidate-tag-views';

export const updateTag = (tagId: string, body: UpdateTagRequest) => apiRequest<Tag>(endpoints.updateTag, { params: { tagId }, body });

export function useUpdateTag(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ tagId, body }: { tagId: string; body: UpdateTagRequest }) => updateTag(tagId, body),
    meta: { handlesErrors: true },
    onSuccess: () => invalidateTagViews(queryClient, projectId),
  });
}
