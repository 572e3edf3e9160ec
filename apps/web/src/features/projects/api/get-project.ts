import { endpoints, type Project } from '@outcome-atlas/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export const getProject = (projectId: string, signal?: AbortSignal) =>
  apiRequest<Project>(endpoints.getProject, { params: { projectId }, signal });

export const projectQueryOptions = (projectId: string) =>
  queryOptions({ queryKey: queryKeys.project(projectId), queryFn: ({ signal }) => getProject(projectId, signal) });

export const useProject = (projectId: string | undefined) =>
  useQuery({ ...projectQueryOptions(projectId ?? ''), enabled: Boolean(projectId) });
