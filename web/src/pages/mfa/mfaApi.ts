import { queryOptions, useQueryClient } from '@tanstack/react-query';
import { startAuthentication, startRegistration } from '@simplewebauthn/browser';
import type { PublicKeyCredentialCreationOptionsJSON, PublicKeyCredentialRequestOptionsJSON } from '@simplewebauthn/browser';
import { answer, api, done } from '#web/api/client';
import type { RequestBody } from '#web/api/types';
import { sessionQueryKey, type SessionUser } from '#web/auth/session';
import { sessionOwnerIs } from '#web/auth/sessionBoundary';

/** The session's MFA state and the user's factors (docs/decisions/0024). */
export const mfaStatusQuery = queryOptions({
  queryKey: ['mfa', 'status'] as const,
  queryFn: ({ signal }) => answer(api.GET('/api/auth/mfa/status', { signal })),
});
export type MfaStatusAnswer = Awaited<ReturnType<NonNullable<typeof mfaStatusQuery.queryFn>>>;

export const apiTokensQuery = queryOptions({
  queryKey: ['mfa', 'tokens'] as const,
  queryFn: ({ signal }) => answer(api.GET('/api/account/tokens', { signal })),
});

export const verifyTotp = (code: string) => answer(api.POST('/api/auth/mfa/verify/totp', { body: { code } }));
export const verifyRecoveryCode = (code: string) => answer(api.POST('/api/auth/mfa/verify/recovery-code', { body: { code } }));

/** Asks the server for a challenge, lets the browser's authenticator sign it, and sends the answer. */
export async function verifyWithPasskey() {
  const { options } = await answer(api.POST('/api/auth/mfa/verify/passkey/options'));
  const credential = await startAuthentication({ optionsJSON: options as unknown as PublicKeyCredentialRequestOptionsJSON });
  return answer(api.POST('/api/auth/mfa/verify/passkey', { body: { credential: credential as unknown as PasskeyCredential } }));
}
type PasskeyCredential = RequestBody<'/api/auth/mfa/verify/passkey', 'post'>['credential'];

export const startTotpSetup = () => answer(api.POST('/api/auth/mfa/totp/setup'));
export const confirmTotp = (code: string) => answer(api.POST('/api/auth/mfa/totp/confirm', { body: { code } }));
export const removeTotp = () => done(api.DELETE('/api/auth/mfa/totp'));

/** Creates a passkey in the browser for the server's options and registers it under `name`. */
export async function addPasskey(name: string) {
  const { options } = await answer(api.POST('/api/auth/mfa/passkeys/options'));
  const credential = await startRegistration({ optionsJSON: options as unknown as PublicKeyCredentialCreationOptionsJSON });
  return answer(api.POST('/api/auth/mfa/passkeys', { body: { name, credential: credential as unknown as PasskeyCredential } }));
}
export const removePasskey = (id: number) => done(api.DELETE('/api/auth/mfa/passkeys/{id}', { params: { path: { id } } }));
export const newRecoveryCodes = () => answer(api.POST('/api/auth/mfa/recovery-codes'));

export type CreateTokenBody = RequestBody<'/api/account/tokens', 'post'>;
export const createApiToken = (body: CreateTokenBody) => answer(api.POST('/api/account/tokens', { body }));
export const revokeApiToken = (id: number) => answer(api.DELETE('/api/account/tokens/{id}', { params: { path: { id } } }));

export const resetUserMfa = (id: number) => done(api.POST('/api/admin/users/{id}/mfa/reset', { params: { path: { id } } }));
export const userMfaQuery = (id: number) =>
  queryOptions({
    queryKey: ['mfa', 'admin', id] as const,
    queryFn: ({ signal }) => answer(api.GET('/api/admin/users/{id}/mfa', { params: { path: { id } }, signal })),
  });

/** The second factor succeeded: the session is complete, as after a login without MFA. */
export function useSessionCompleted() {
  const queryClient = useQueryClient();
  return (user: SessionUser) => {
    sessionOwnerIs(user.id);
    queryClient.setQueryData(sessionQueryKey, user);
    void queryClient.invalidateQueries({ queryKey: ['mfa'] });
  };
}
