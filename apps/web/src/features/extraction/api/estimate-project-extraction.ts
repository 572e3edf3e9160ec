import { endpoints, type ExtractionEstimate, type ExtractionProvider } from '@outcome-atlas/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** Counts only the interviews not yet extracted (or being extracted) with the resolved model and prompt version. */
export const getProjectExtractionEstimate = (projectId: string, provider: ExtractionProvider | undefined, signal?: AbortSignal) =>
  apiRequest<ExtractionEstimate>(endpoints.estimateProjectExtraction, { params: { projectId }, query: { provider }, signal });

export const projectExtractionEstimateQueryOptions = (projectId: string, provider: ExtractionProvider | undefined) =>
  queryOptions({
    queryKey: queryKeys.extractionEstimate('project', projectId, provider ?? null),
    queryFn: ({ signal }) => getProjectExtractionEstimate(projectId, provider, signal),
    staleTime: 0,
  });

export const useProjectExtractionEstimate = (projectId: string, provider: ExtractionProvider | undefined, { enabled = true } = {}) =>
  useQuery({ ...projectExtractionEstimateQueryOptions(projectId, provider), enabled });
