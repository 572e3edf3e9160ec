import { endpoints } from '@outcome-atlas/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const logout = () => apiRequest<void>(endpoints.logout);

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    // Whatever the server says, this browser forgets everything it cached for the user.
    onSettled: () => queryClient.clear(),
  });
}
