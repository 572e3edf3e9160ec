import { endpoints, type Tag } from '@outcome-atlas/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export const getTags = (projectId: string, signal?: AbortSignal) => apiRequest<{ items: Tag[] }>(endpoints.listTags, { params: { projectId }, signal });

export const tagsQueryOptions = (projectId: string) =>
  queryOptions({
    queryKey: queryKeys.tags(projectId),
    queryFn: ({ signal }) => getTags(projectId, signal),
    select: (data) => [...data.items].sort((a, b) => a.name.localeCompare(b.name)),
  });

export const useTags = (projectId: string | undefined) => useQuery({ ...tagsQueryOptions(projectId ?? ''), enabled: Boolean(projectId) });
