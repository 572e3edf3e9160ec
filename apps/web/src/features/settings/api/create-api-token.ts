import { type CreateApiTokenRequest, type CreatedApiToken, endpoints } from '@outcome-atlas/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export const createApiToken = (workspaceId: string, body: CreateApiTokenRequest) =>
  apiRequest<CreatedApiToken>(endpoints.createApiToken, { params: { workspaceId }, body });

export function useCreateApiToken(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateApiTokenRequest) => createApiToken(workspaceId, body),
    meta: { handlesErrors: true },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.apiTokens(workspaceId) }),
  });
}
