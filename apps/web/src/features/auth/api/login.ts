import { endpoints, type LoginRequest, type LoginResponse } from '@outcome-atlas/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const login = (body: LoginRequest) => apiRequest<LoginResponse>(endpoints.login, { body });

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    meta: { handlesErrors: true },
    // Start from a clean cache: what is cached may belong to the previous session.
    onSuccess: () => queryClient.removeQueries(),
  });
}
