import { endpoints, type RegisterRequest, type RegisterResponse } from '@outcome-atlas/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const register = (body: RegisterRequest) => apiRequest<RegisterResponse>(endpoints.register, { body });

export function useRegister() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: register,
    meta: { handlesErrors: true },
    // Start from a clean cache: what is cached may belong to the previous session.
    onSuccess: () => queryClient.removeQueries(),
  });
}
