import { endpoints, type Persona } from '@outcome-atlas/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export const getPersonas = (projectId: string, signal?: AbortSignal) =>
  apiRequest<{ items: Persona[] }>(endpoints.listPersonas, { params: { projectId }, signal });

export const personasQueryOptions = (projectId: string) =>
  queryOptions({ queryKey: queryKeys.personas(projectId), queryFn: ({ signal }) => getPersonas(projectId, signal), select: (data) => data.items });

export const usePersonas = (projectId: string) => useQuery(personasQueryOptions(projectId));
