import { endpoints, type Page, type Segmentation } from '@outcome-atlas/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** The newest saved segmentations are the ones worth offering; older ones stay available through the API. */
const LATEST = 10;

export const getSegmentations = (projectId: string, signal?: AbortSignal) =>
  apiRequest<Page<Segmentation>>(endpoints.listSegmentations, { params: { projectId }, query: { limit: LATEST }, signal });

export const segmentationsQueryOptions = (projectId: string) =>
  queryOptions({ queryKey: queryKeys.segmentations(projectId), queryFn: ({ signal }) => getSegmentations(projectId, signal), select: (data) => data.items });

export const useSegmentations = (projectId: string) => useQuery(segmentationsQueryOptions(projectId));
