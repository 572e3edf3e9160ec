import { endpoints, type Page, type Project } from '@outcome-atlas/contracts';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

const PAGE_SIZE = 24;

export const getProjects = (workspaceId: string, cursor: string | undefined, signal?: AbortSignal) =>
  apiRequest<Page<Project>>(endpoints.listProjects, { params: { workspaceId }, query: { limit: PAGE_SIZE, cursor }, signal });

export const projectsQueryOptions = (workspaceId: string) =>
  infiniteQueryOptions({
    queryKey: queryKeys.projects(workspaceId),
    queryFn: ({ pageParam, signal }) => getProjects(workspaceId, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });

export const useProjects = (workspaceId: string) => useInfiniteQuery(projectsQueryOptions(workspaceId));
