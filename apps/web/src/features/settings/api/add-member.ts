import { endpoints, type AddMemberRequest, type Member } from '@outcome-atlas/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export const addMember = (workspaceId: string, body: AddMemberRequest) => apiRequest<Member>(endpoints.addMember, { params: { workspaceId }, body });

export function useAddMember(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AddMemberRequest) => addMember(workspaceId, body),
    meta: { handlesErrors: true },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.members(workspaceId) }),
  });
}
