import { endpoints, type ImportRatingsResponse } from '@outcome-atlas/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../lib/query-keys';
import { uploadWithProgress } from '../../../lib/upload-with-progress';

export type ImportFormat = 'long' | 'wide';

export type ImportRatingsInput = {
  file: File;
  format: ImportFormat;
  dryRun: boolean;
  onProgress?: (fraction: number) => void;
};

/** Uploads the survey export as multipart `file`; with dryRun the server only checks it. */
export function importRatings(projectId: string, { file, format, dryRun, onProgress }: ImportRatingsInput): Promise<ImportRatingsResponse> {
  const formData = new FormData();
  formData.append('file', file, file.name);
  return uploadWithProgress<ImportRatingsResponse>(endpoints.importRatings, { params: { projectId }, query: { format, dryRun: String(dryRun) }, formData, onProgress });
}

/** The panel shows every error itself (rejected lines, too large, not CSV). */
export function useImportRatings(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ImportRatingsInput) => importRatings(projectId, input),
    meta: { handlesErrors: true },
    onSuccess: async (result) => {
      if (result.dryRun) return;
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.respondents(projectId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.ratings(projectId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.opportunityScores(projectId) }),
      ]);
    },
  });
}
