import { endpoints, type Project, type UpdateProjectRequest } from '@outcome-atlas/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export const updateProject = (projectId: string, body: UpdateProjectRequest) =>
  apiRequest<Project>(endpoints.updateProject, { params: { projectId }, body });

export function useUpdateProject(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateProjectRequest) => updateProject(projectId, body),
    onSuccess: async (project) => {
      queryClient.setQueryData(queryKeys.project(projectId), project);
      await queryClient.invalidateQueries({ queryKey: queryKeys.projects(project.workspaceId) });
    },
  });
}
