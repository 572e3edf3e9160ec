import { endpoints, type MeResponse } from '@outcome-atlas/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export const getMe = (signal?: AbortSignal) => apiRequest<MeResponse>(endpoints.me, { signal });

export const meQueryOptions = () =>
  queryOptions({ queryKey: queryKeys.me, queryFn: ({ signal }) => getMe(signal), staleTime: 5 * 60_000 });

export const useMe = () => useQuery(meQueryOptions());
