import { MutationCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from './api-error';
import { notifyError } from './notify';

declare module '@tanstack/react-query' {
  // Declaration merging with the library's Register interface needs an interface.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface Register {
    mutationMeta: {
      /** The component shows the error itself (e.g. on form fields); skip the global notification. */
      handlesErrors?: boolean;
    };
  }
}

function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isApiError(error) && error.status >= 400 && error.status < 500) return false;
  if (isApiError(error) && error.code === 'CONTRACT_MISMATCH') return false;
  return failureCount < 2;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 30_000, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
    mutationCache: new MutationCache({
      onError: (error, _variables, _result, mutation) => {
        if (mutation.meta?.handlesErrors) return;
        if (isApiError(error) && error.status === 401) return;
        notifyError(error);
      },
    }),
  });
}
