import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { answer, api, done } from '#web/api/client';
import { sessionQueryKey, type SessionUser } from './session';
import { endSessionNow, sessionOwnerIs } from './sessionBoundary';

/** The user, and whether the session waits for a second factor or its setup (docs/decisions/0024). */
export async function login(credentials: {
  email: string;
  password: string;
}): Promise<{ user: SessionUser; mfa: 'complete' | 'pending' | 'enrolment_required' }> {
  return answer(api.POST('/api/auth/login', { body: credentials }));
}

export const requestPasswordReset = (body: { email: string }) => done(api.POST('/api/auth/password-reset/request', { body }));
export const confirmPasswordReset = (body: { token: string; password: string }) => done(api.POST('/api/auth/password-reset/confirm', { body }));
export const acceptInvitation = (body: { token: string; name: string; password: string }) => done(api.POST('/api/auth/invitations/accept', { body }));
export const describeInvitation = (token: string) => answer(api.POST('/api/auth/invitations/describe', { body: { token } }));
export type InvitationDescription = Awaited<ReturnType<typeof describeInvitation>>;
export const acceptInvitationWithAccount = (token: string) => done(api.POST('/api/auth/invitations/accept-with-account', { body: { token } }));

/** An invitation link's invitation (POST: the token stays out of URLs the server logs). */
export const invitationQuery = (token: string | null) =>
  queryOptions({
    queryKey: ['invitation', token] as const,
    queryFn: () => describeInvitation(token!),
    enabled: Boolean(token),
  });

/** Logs in and stores the user as the session, so guards and the header update at once. */
export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: ({ user, mfa }) => {
      // A session waiting for its second factor is no session yet: the MFA pages take over.
      if (mfa !== 'complete') return;
      sessionOwnerIs(user.id);
      queryClient.setQueryData(sessionQueryKey, user);
    },
  });
}

/**
 * Logs out and forgets everything cached for the previous user. The survey's
 * unsaved edits and their retry timers go first, before the request, so no
 * retry can fire in between (a shared computer: the next person's session).
 * A session from an identity provider with single logout then continues at
 * the provider's logout address (docs/federated-sign-in.md).
 */
export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => (await answer(api.POST('/api/auth/federation/logout'))).redirectTo,
    onMutate: () => endSessionNow(),
    onSuccess: (redirectTo) => {
      if (redirectTo) window.location.assign(redirectTo);
    },
    onSettled: () => {
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionQueryKey[0] });
      queryClient.setQueryData(sessionQueryKey, null);
    },
  });
}
