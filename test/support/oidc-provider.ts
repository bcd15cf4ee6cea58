import type { AddressInfo } from 'node:net';
import { createServer, type Server } from 'node:http';
import Provider from 'oidc-provider';

export type TestOidcProvider = {
  /** http://localhost:<port>: another site than the app on 127.0.0.1. */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Claims a login name gets beyond `sub` (= the login name) and `email` (= the login name); default email_verified true. */
  claimsFor: Map<string, Record<string, unknown>>;
  stop(): Promise<void>;
};

/**
 * A real OpenID provider (oidc-provider, the certified server) in the test
 * process, on a loopback port. Its development interactions are on: a plain
 * HTML login form (any login name, any password) and a consent page. The login
 * name becomes the subject and the e-mail address.
 */
export async function startTestOidcProvider(redirectUri: string, postLogoutRedirectUri: string): Promise<TestOidcProvider> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const issuer = `http://localhost:${port}`;
  const claimsFor = new Map<string, Record<string, unknown>>();
  const clientId = 'mognad-test';
  const clientSecret = 'a-test-client-secret-that-is-long-enough-for-hs256';
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [redirectUri],
        post_logout_redirect_uris: [postLogoutRedirectUri],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
    findAccount: (_ctx, id) => ({
      accountId: id,
      claims: () => ({ sub: id, email: id, email_verified: true, amr: ['pwd'], ...claimsFor.get(id) }),
    }),
    cookies: { keys: ['test-cookie-key-for-the-oidc-provider'] },
    // Lifetimes given, so the provider does not log a notice for each default it uses.
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600, AuthorizationCode: 60 },
  });
  // Quiet: a refused request is what some tests are about.
  provider.on('server_error', () => undefined);
  const handle = provider.callback();
  server.on('request', (request, response) => void handle(request, response));
  return {
    issuer,
    clientId,
    clientSecret,
    claimsFor,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
