import { endpoints, type Member, type WorkspaceRole } from '@outcome-atlas/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export const updateMember = (workspaceId: string, userId: string, role: WorkspaceRole) =>
  apiRequest<Member>(endpoints.updateMember, { params: { workspaceId, userId }, body: { role } });

export function useUpdateMember(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, role }: { userId: string; role: WorkspaceRole }) => updateMember(workspaceId, userId, role),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.members(workspaceId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.workspaces }),
        queryClient.invalidateQueries({ queryKey: queryKeys.me }),
      ]),
  });
}
