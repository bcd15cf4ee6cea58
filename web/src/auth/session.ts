import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
// Types only from shared/api/auth.ts: the server validates its answers, and
// zod at run time would weigh on the entry chunk.
import type { Role, SessionUser } from '#shared/api/auth';
import { answer, api, ApiError } from '#web/api/client';
import { dropUnusedPreloadedAnswers } from '#web/api/preloadedAnswers';
import { onSessionEnd, sessionOwnerIs, watchOtherTabs } from './sessionBoundary';

// The next person in this tab gets answers asked with their own session, never one the page's HTML preloaded before.
onSessionEnd(dropUnusedPreloadedAnswers);

export type { Role, SessionUser };

/** The logged-in user, or null when there is no session. */
export async function fetchSession(signal?: AbortSignal): Promise<SessionUser | null> {
  try {
    const { user } = await answer(api.GET('/api/auth/me', { signal }));
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

/** The session: who is logged in (null: nobody). Its key is kept when the cache is cleared at logout. */
export const sessionQuery = queryOptions({
  queryKey: ['session'] as const,
  queryFn: ({ signal }) => fetchSession(signal),
  staleTime: 5 * 60_000,
});
export const sessionQueryKey = sessionQuery.queryKey;

/**
 * The `handle` of the route table's guards (RequireSession, RequireRole): a
 * page under one is for a signed-in user, so while the session is checked
 * the header keeps the signed-in menu's room (layout/UserMenu).
 */
export const SIGNED_IN_ROUTE = { signedIn: true } as const;

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
  const query = useQuery(sessionQuery);
  return { user: query.data ?? null, isLoading: query.isPending, error: query.error };
}

/**
 * What a page or link may ask for: a role, or `auditor` (a grant active
 * today; not a role, docs/decisions/0021).
 */
export type AccessRole = Role | 'auditor';

export function hasAnyRole(user: SessionUser | null, roles: readonly AccessRole[]): boolean {
  if (user === null) return false;
  return user.roles.some((held) => roles.includes(held.role)) || (roles.includes('auditor') && user.auditorOf.length > 0);
}
