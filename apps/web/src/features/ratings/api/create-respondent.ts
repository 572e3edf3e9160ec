import { type CreateRespondentRequest, endpoints, type Respondent } from '@outcome-atlas/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export const createRespondent = (projectId: string, body: CreateRespondentRequest) =>
  apiRequest<Respondent>(endpoints.createRespondent, { params: { projectId }, body });

/** The form shows the errors (409 on the external id field). */
export function useCreateRespondent(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateRespondentRequest) => createRespondent(projectId, body),
    meta: { handlesErrors: true },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.respondents(projectId) }),
  });
}
