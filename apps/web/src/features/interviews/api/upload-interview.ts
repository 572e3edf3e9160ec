import { endpoints, type InterviewSummary, type UploadInterviewMetadata } from '@outcome-atlas/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { queryKeys } from '../../../lib/query-keys';
import { uploadWithProgress } from '../../../lib/upload-with-progress';

export const ACCEPTED_EXTENSIONS = ['.txt', '.md', '.vtt', '.srt', '.docx'] as const;

export type UploadInterviewInput = {
  projectId: string;
  file: File;
  metadata: UploadInterviewMetadata;
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
};

export function uploadInterview({ projectId, file, metadata, onProgress, signal }: UploadInterviewInput): Promise<InterviewSummary> {
  const formData = new FormData();
  formData.append('file', file, file.name);
  formData.append('metadata', JSON.stringify(metadata));
  return uploadWithProgress<InterviewSummary>(endpoints.createInterview, { params: { projectId }, formData, onProgress, signal });
}

/** Upload one file and refresh the lists that show it (interview list, project counts). */
export function useUploadInterview(projectId: string) {
  const queryClient = useQueryClient();
  return useCallback(
    async (input: Omit<UploadInterviewInput, 'projectId'>) => {
      const interview = await uploadInterview({ ...input, projectId });
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.interviews(projectId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.project(projectId), exact: true }),
      ]);
      return interview;
    },
    [projectId, queryClient],
  );
}
