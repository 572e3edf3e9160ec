import { endpoints, type SegmentOption } from '@outcome-atlas/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export const getSegments = (projectId: string, signal?: AbortSignal) =>
  apiRequest<{ items: SegmentOption[] }>(endpoints.listSegments, { params: { projectId }, signal });

export const segmentsQueryOptions = (projectId: string) =>
  queryOptions({ queryKey: queryKeys.segments(projectId), queryFn: ({ signal }) => getSegments(projectId, signal), select: (data) => data.items });

export const useSegments = (projectId: string) => useQuery(segmentsQueryOptions(projectId));
