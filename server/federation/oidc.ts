import * as client from 'openid-client';
import { decryptSecret, secretContext } from './secrets';
import type { ProviderRow } from './providers';
import type { AssertedIdentity } from './identity';

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Discovered configurations per provider, kept while the provider's row is
 * unchanged (a saved change, e.g. a new secret, discovers again). openid-client
 * refuses plain http; only a loopback issuer (a provider on this machine, as in
 * the tests) is allowed it.
 */
const configurations = new Map<number, { version: string; configuration: Promise<client.Configuration> }>();

export function oidcConfiguration(provider: ProviderRow, secretKey: Buffer | undefined): Promise<client.Configuration> {
  const version = `${provider.updated_at.toISOString()}`;
  const cached = configurations.get(provider.id);
  if (cached?.version === version) return cached.configuration;
  const issuer = new URL(provider.oidc_issuer!);
  const secret = provider.oidc_client_secret_encrypted
    ? decryptSecret(secretKey, provider.oidc_client_secret_encrypted, secretContext(provider.id))
    : undefined;
  const configuration = client.discovery(issuer, provider.oidc_client_id!, secret, secret ? client.ClientSecretPost(secret) : client.None(), {
    timeout: 10,
    execute: issuer.protocol === 'http:' && LOOPBACK_HOSTS.has(issuer.hostname) ? [client.allowInsecureRequests] : [],
  });
  // A failed discovery is not kept: the next login tries again.
  configuration.catch(() => {
    if (configurations.get(provider.id)?.configuration === configuration) configurations.delete(provider.id);
  });
  configurations.set(provider.id, { version, configuration });
  return configuration;
}

export const OIDC_SCOPES = 'openid email profile';

/** The authorization request: code flow with PKCE (S256), state and nonce. */
export async function oidcAuthorizationUrl(configuration: client.Configuration, redirectUri: string, loginHint: string) {
  const codeVerifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const url = client.buildAuthorizationUrl(configuration, {
    redirect_uri: redirectUri,
    scope: OIDC_SCOPES,
    response_type: 'code',
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    nonce,
    login_hint: loginHint,
  });
  return { url, state, nonce, codeVerifier };
}

/**
 * Redeems the code (checking state, nonce, PKCE, the ID token's signature,
 * issuer, audience and times: openid-client) and reads who signed in. The
 * e-mail is verified only when the provider says so: `email_verified`, or
 * Microsoft Entra's `xms_edov` (the domain's owner verified it).
 */
export async function oidcCallback(
  configuration: client.Configuration,
  currentUrl: URL,
  checks: { state: string; nonce: string; codeVerifier: string },
): Promise<{ identity: AssertedIdentity; idToken: string | undefined }> {
  const tokens = await client.authorizationCodeGrant(configuration, currentUrl, {
    expectedState: checks.state,
    expectedNonce: checks.nonce,
    pkceCodeVerifier: checks.codeVerifier,
    idTokenExpected: true,
  });
  const claims = tokens.claims()!;
  let email = typeof claims.email === 'string' ? claims.email : undefined;
  let verified = claims.email_verified === true || claims.xms_edov === true;
  if (email === undefined && tokens.access_token && configuration.serverMetadata().userinfo_endpoint) {
    const userInfo = await client.fetchUserInfo(configuration, tokens.access_token, claims.sub);
    email = typeof userInfo.email === 'string' ? userInfo.email : undefined;
    verified = userInfo.email_verified === true;
  }
  const amr = Array.isArray(claims.amr) ? claims.amr.filter((method): method is string => typeof method === 'string') : [];
  return {
    identity: { subject: claims.sub, email, emailVerified: verified, amr, acr: typeof claims.acr === 'string' ? claims.acr : null },
    idToken: tokens.id_token,
  };
}

/** The provider's logout address for RP-initiated single logout, when it publishes one. */
export function oidcEndSessionUrl(configuration: client.Configuration, idToken: string | null, postLogoutRedirectUri: string): string | null {
  if (!configuration.serverMetadata().end_session_endpoint) return null;
  return client
    .buildEndSessionUrl(configuration, { ...(idToken ? { id_token_hint: idToken } : {}), post_logout_redirect_uri: postLogoutRedirectUri })
    .toString();
}
