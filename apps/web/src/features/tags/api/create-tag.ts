import { endpoints, type CreateTagRequest, type Tag } from '@outcome-atlas/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export const createTag = (projectId: string, body: CreateTagRequest) => apiRequest<Tag>(endpoints.createTag, { params: { projectId }, body });

export function useCreateTag(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateTagRequest) => createTag(projectId, body),
    meta: { handlesErrors: true },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.tags(projectId) }),
  });
}
