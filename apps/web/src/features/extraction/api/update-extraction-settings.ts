import { endpoints, type Project, type UpdateProjectRequest } from '@outcome-atlas/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export type ExtractionSettings = NonNullable<UpdateProjectRequest['extraction']>;

/** PATCH /projects/:id with only `extraction`: the model used for AI extraction and PII redaction. */
export const updateExtractionSettings = (projectId: string, extraction: ExtractionSettings) =>
  apiRequest<Project>(endpoints.updateProject, { params: { projectId }, body: { extraction } satisfies UpdateProjectRequest });

export function useUpdateExtractionSettings(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (extraction: ExtractionSettings) => updateExtractionSettings(projectId, extraction),
    meta: { handlesErrors: true },
    onSuccess: async (project) => {
      queryClient.setQueryData(queryKeys.project(projectId), project);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.projects(project.workspaceId) }),
        // Another model means other interviews count as not yet extracted.
        queryClient.invalidateQueries({ queryKey: queryKeys.extractionEstimates }),
      ]);
    },
  });
}
