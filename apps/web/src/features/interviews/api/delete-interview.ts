import { endpoints } from '@outcome-atlas/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export const deleteInterview = (interviewId: string) => apiRequest<void>(endpoints.deleteInterview, { params: { interviewId } });

export function useDeleteInterview(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteInterview,
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.interviews(projectId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.project(projectId), exact: true }),
        queryClient.invalidateQueries({ queryKey: queryKeys.tags(projectId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.tagBoards }),
      ]);
    },
  });
}
