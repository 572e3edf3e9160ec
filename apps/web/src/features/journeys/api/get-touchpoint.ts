import { endpoints, type TouchpointDetail } from '@outcome-atlas/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export const getTouchpoint = (touchpointId: string, signal?: AbortSignal) =>
  apiRequest<TouchpointDetail>(endpoints.getTouchpoint, { params: { touchpointId }, signal });

export const touchpointQueryOptions = (projectId: string, touchpointId: string) =>
  queryOptions({ queryKey: queryKeys.touchpoint(projectId, touchpointId), queryFn: ({ signal }) => getTouchpoint(touchpointId, signal) });

export const useTouchpoint = (projectId: string, touchpointId: string) => useQuery(touchpointQueryOptions(projectId, touchpointId));
