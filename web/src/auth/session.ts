import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
// Types only from shared/api/auth.ts: the server validates its answers, and
// zod at run time would weigh on the entry chunk.
import type { Role, SessionUser } from '../../../shared/api/auth';
import { ApiError, apiGet } from '../api/client';
import { sessionOwnerIs, watchOtherTabs } from './sessionBoundary';

export type { Role, SessionUser };
export type MeResponse = { user: SessionUser };

export const sessionQueryKey = ['session'] as const;

/** The logged-in user, or null when there is no session. */
export async function fetchSession(signal?: AbortSignal): Promise<SessionUser | null> {
  try {
    const { user } = await apiGet<MeResponse>('/api/auth/me', undefined, { signal });
    sessionOwnerIs(user.id);
    return user;
  } catch (error) {
    if (error instanceof ApiError && error.isUnauthorized) {
      sessionOwnerIs(null);
      return null;
    }
    throw error;
  }
}

export type Session = {
  user: SessionUser | null;
  isLoading: boolean;
  /** Set when the session could not be checked (server or network trouble), not when logged out. */
  error: Error | null;
};

export function useSession(): Session {
  const queryClient = useQueryClient();
  // Another tab logged in or out: this one forgets the previous person's state and asks who it is now.
  useEffect(() => watchOtherTabs(() => void queryClient.invalidateQueries({ queryKey: sessionQueryKey })), [queryClient]);
  const query = useQuery({
    queryKey: sessionQueryKey,
    queryFn: ({ signal }) => fetchSession(signal),
    staleTime: 5 * 60_000,
  });
  return { user: query.data ?? null, isLoading: query.isPending, error: query.error };
}

export function hasAnyRole(user: SessionUser | null, roles: readonly Role[]): boolean {
  return user !== null && user.roles.some((held) => roles.includes(held.role));
}
