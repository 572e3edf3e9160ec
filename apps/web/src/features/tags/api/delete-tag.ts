import { endpoints } from '@outcome-atlas/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { invalidateTagViews } from './invalidate-tag-views';

export const deleteTag = (tagId: string) => apiRequest<void>(endpoints.deleteTag, { params: { tagId } });

export function useDeleteTag(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deleteTag, onSuccess: () => invalidateTagViews(queryClient, projectId) });
}
