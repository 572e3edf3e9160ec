import { endpoints, type Member, type Page } from '@outcome-atlas/contracts';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export const getMembers = (workspaceId: string, cursor: string | undefined, signal?: AbortSignal) =>
  apiRequest<Page<Member>>(endpoints.listMembers, { params: { workspaceId }, query: { limit: 100, cursor }, signal });

export const membersQueryOptions = (workspaceId: string) =>
  infiniteQueryOptions({
    queryKey: queryKeys.members(workspaceId),
    queryFn: ({ pageParam, signal }) => getMembers(workspaceId, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });

export const useMembers = (workspaceId: string) => useInfiniteQuery(membersQueryOptions(workspaceId));
