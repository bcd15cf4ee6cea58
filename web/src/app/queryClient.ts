import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/client';
import { sessionQueryKey } from '../auth/session';

function isClientError(error: unknown): boolean {
  return error instanceof ApiError && error.status >= 400 && error.status < 500;
}

export function createQueryClient(): QueryClient {
  const queryClient: QueryClient = new QueryClient({
    defaultOptions: {
      queries: {
        // A 4xx will not fix itself by asking again; network and 5xx might.
        retry: (failureCount, error) => !isClientError(error) && failureCount < 2,
        refetchOnWindowFocus: false,
      },
    },
    // Any 401 means the session has ended: forgetting the user lets the route
    // guards send the user to the login page, which brings them back afterwards.
    // Except a refused password (invalid_credentials): a wrong current password
    // when changing it is a 401 too, but the session goes on.
    queryCache: new QueryCache({ onError: (error) => forgetSessionOn401(error) }),
    mutationCache: new MutationCache({ onError: (error) => forgetSessionOn401(error) }),
  });
  function forgetSessionOn401(error: unknown) {
    if (error instanceof ApiError && error.isUnauthorized && error.code !== 'invalid_credentials' && queryClient.getQueryData(sessionQueryKey)) {
      queryClient.setQueryData(sessionQueryKey, null);
    }
  }
  return queryClient;
}
