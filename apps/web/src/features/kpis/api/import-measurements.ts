import { endpoints, type ImportMeasurementsResponse } from '@outcome-atlas/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { invalidateChain } from '../../../lib/invalidate-chain';
import { uploadWithProgress } from '../../../lib/upload-with-progress';
import type { ImportKind } from '../utils/csv-columns';

export type ImportMeasurementsInput = {
  file: File;
  kind: ImportKind;
  dryRun: boolean;
  onProgress?: (fraction: number) => void;
};

/** Uploads the CSV as multipart `file`; with dryRun the server only checks it and computes the periods. */
export function importMeasurements(kpiId: string, { file, kind, dryRun, onProgress }: ImportMeasurementsInput): Promise<ImportMeasurementsResponse> {
  const formData = new FormData();
  formData.append('file', file, file.name);
  return uploadWithProgress<ImportMeasurementsResponse>(endpoints.importKpiMeasurements, { params: { kpiId }, query: { kind, dryRun: String(dryRun) }, formData, onProgress });
}

/** The panel shows every error itself (rejected lines, too large, not CSV). */
export function useImportMeasurements(projectId: string, kpiId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ImportMeasurementsInput) => importMeasurements(kpiId, input),
    meta: { handlesErrors: true },
    onSuccess: async (result) => {
      if (!result.dryRun) await invalidateChain(queryClient, projectId);
    },
  });
}
