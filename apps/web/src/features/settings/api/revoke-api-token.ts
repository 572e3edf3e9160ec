import { endpoints } from '@outcome-atlas/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export const revokeApiToken = (workspaceId: string, tokenId: string) => apiRequest<void>(endpoints.revokeApiToken, { params: { workspaceId, tokenId } });

export function useRevokeApiToken(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (tokenId: string) => revokeApiToken(workspaceId, tokenId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.apiTokens(workspaceId) }),
  });
}
