import { endpoints, type Tag } from '@outcome-atlas/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { invalidateTagViews } from './invalidate-tag-views';

export const mergeTag = (tagId: string, intoTagId: string) => apiRequest<Tag>(endpoints.mergeTag, { params: { tagId }, body: { intoTagId } });

export function useMergeTag(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ tagId, intoTagId }: { tagId: string; intoTagId: string }) => mergeTag(tagId, intoTagId),
    meta: { handlesErrors: true },
    onSuccess: () => invalidateTagViews(queryClient, projectId),
  });
}
