import { endpoints, type CreateProjectRequest, type Project } from '@outcome-atlas/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export const createProject = (workspaceId: string, body: CreateProjectRequest) =>
  apiRequest<Project>(endpoints.createProject, { params: { workspaceId }, body });

export function useCreateProject(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateProjectRequest) => createProject(workspaceId, body),
    meta: { handlesErrors: true },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.projects(workspaceId) }),
  });
}
