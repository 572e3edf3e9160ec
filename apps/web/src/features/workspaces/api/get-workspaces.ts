import { endpoints, type Workspace } from '@outcome-atlas/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export const getWorkspaces = (signal?: AbortSignal) => apiRequest<{ items: Workspace[] }>(endpoints.listWorkspaces, { signal });

export const workspacesQueryOptions = () =>
  queryOptions({ queryKey: queryKeys.workspaces, queryFn: ({ signal }) => getWorkspaces(signal), select: (data) => data.items });

export const useWorkspaces = () => useQuery(workspacesQueryOptions());
