import { endpoints, type CreatePersonaRequest, type Persona } from '@outcome-atlas/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export const createPersona = (projectId: string, body: CreatePersonaRequest) =>
  apiRequest<Persona>(endpoints.createPersona, { params: { projectId }, body });

export function useCreatePersona(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreatePersonaRequest) => createPersona(projectId, body),
    meta: { handlesErrors: true },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.personas(projectId) }),
  });
}
