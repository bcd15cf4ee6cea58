import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../api/client';
import { sessionQueryKey, type MeResponse, type Role, type SessionUser } from './session';
import { endSessionNow, sessionOwnerIs } from './sessionBoundary';

export async function login(credentials: { email: string; password: string }): Promise<SessionUser> {
  return (await apiSend<MeResponse>('POST', '/api/auth/login', credentials)).user;
}

export const requestPasswordReset = (body: { email: string }) => apiSend('POST', '/api/auth/password-reset/request', body);
export const confirmPasswordReset = (body: { token: string; password: string }) => apiSend('POST', '/api/auth/password-reset/confirm', body);
export const acceptInvitation = (body: { token: string; name: string; password: string }) => apiSend('POST', '/api/auth/invitations/accept', body);
export type InvitationDescription = { email: string; hasAccount: boolean; roles: { role: Role; organisationName: string | null }[] };
export const describeInvitation = (token: string) => apiSend<InvitationDescription>('POST', '/api/auth/invitations/describe', { token });
export const acceptInvitationWithAccount = (token: string) => apiSend('POST', '/api/auth/invitations/accept-with-account', { token });

/** Logs in and stores the user as the session, so guards and the header update at once. */
export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (user) => {
      sessionOwnerIs(user.id);
      queryClient.setQueryData(sessionQueryKey, user);
    },
  });
}

/**
 * Logs out and forgets everything cached for the previous user. The survey's
 * unsaved edits and their retry timers go first, before the request, so no
 * retry can fire in between (a shared computer: the next person's session).
 */
export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiSend('POST', '/api/auth/logout'),
    onMutate: () => endSessionNow(),
    onSettled: () => {
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionQueryKey[0] });
      queryClient.setQueryData(sessionQueryKey, null);
    },
  });
}
