import { type ApiToken, endpoints } from '@outcome-atlas/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export const getApiTokens = (workspaceId: string, signal?: AbortSignal) =>
  apiRequest<{ items: ApiToken[] }>(endpoints.listApiTokens, { params: { workspaceId }, signal });

export const apiTokensQueryOptions = (workspaceId: string) =>
  queryOptions({ queryKey: queryKeys.apiTokens(workspaceId), queryFn: ({ signal }) => getApiTokens(workspaceId, signal), select: (data) => data.items });

export const useApiTokens = (workspaceId: string) => useQuery(apiTokensQueryOptions(workspaceId));
