import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createUser, loginAs, organisationIdByCode } from './support/auth';
import { useTestApp } from './support/app';
import { IDP_CERT, IDP_ENTITY_ID, IDP_SSO_URL, authnRequestIdFrom, samlResponse } from './support/saml-idp';

const ctx = useTestApp({ FEDERATION_SECRET_KEY: randomBytes(32).toString('base64') });
const SECRET = 'entra-client-secret-Xq9~that-must-never-come-back';

async function admin() {
  return loginAs(ctx.app, [{ role: 'admin' }]);
}

async function addProvider(cookie: string, payload: Record<string, unknown>) {
  const response = await ctx.app.inject({ method: 'POST', url: '/api/admin/identity-providers', headers: { cookie }, payload });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ id: number; saml: { spEntityId: string; acsUrl: string } | null }>();
}

describe('identity providers (administration)', () => {
  it('stores the client secret encrypted and never returns it: not on save, list, read, update or in the audit log', async () => {
    const { cookie } = await admin();
    const created = await ctx.app.inject({
      method: 'POST',
      url: '/api/admin/identity-providers',
      headers: { cookie },
      payload: {
        kind: 'oidc',
        name: 'Entra',
        domains: ['Secret-Test.se'],
        oidc: { issuer: 'https://login.microsoftonline.com/0000/v2.0', clientId: 'abc', clientSecret: SECRET },
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.body).not.toContain(SECRET);
    const provider = created.json<{ id: number; domains: string[]; oidc: { clientSecretSet: boolean } }>();
    expect(provider.domains).toEqual(['secret-test.se']);
    expect(provider.oidc.clientSecretSet).toBe(true);

    const stored = await ctx.app.db
      .selectFrom('identity_provider')
      .select('oidc_client_secret_encrypted')
      .where('id', '=', provider.id)
      .executeTakeFirstOrThrow();
    expect(stored.oidc_client_secret_encrypted).toMatch(/^v1\./);
    expect(stored.oidc_client_secret_encrypted).not.toContain(SECRET);

    // Updated without a secret: the stored one stays.
    const updated = await ctx.app.inject({
      method: 'PUT',
      url: `/api/admin/identity-providers/${provider.id}`,
      headers: { cookie },
      payload: {
        kind: 'oidc',
        name: 'Entra ID',
        domains: ['secret-test.se'],
        oidc: { issuer: 'https://login.microsoftonline.com/0000/v2.0', clientId: 'abc' },
      },
    });
    expect(updated.statusCode, updated.body).toBe(200);
    expect(updated.json<{ oidc: { clientSecretSet: boolean } }>().oidc.clientSecretSet).toBe(true);
    const after = await ctx.app.db
      .selectFrom('identity_provider')
      .select('oidc_client_secret_encrypted')
      .where('id', '=', provider.id)
      .executeTakeFirstOrThrow();
    expect(after.oidc_client_secret_encrypted).toBe(stored.oidc_client_secret_encrypted);

    for (const url of ['/api/admin/identity-providers', `/api/admin/identity-providers/${provider.id}`, '/api/admin/audit?limit=100']) {
      const read = await ctx.app.inject({ method: 'GET', url, headers: { cookie } });
      expect(read.statusCode).toBe(200);
      expect(read.body).not.toContain(SECRET);
      expect(read.body).not.toContain(stored.oidc_client_secret_encrypted!);
    }
    const audit = await ctx.app.db.selectFrom('audit_log').select(['action', 'details']).where('action', 'like', 'identity_provider.%').execute();
    expect(audit.map((entry) => entry.action)).toEqual(['identity_provider.created', 'identity_provider.updated']);
    expect(JSON.stringify(audit)).not.toContain(SECRET);
  });

  it('refuses a domain another provider serves, and a secret without FEDERATION_SECRET_KEY', async () => {
    const { cookie } = await admin();
    await addProvider(cookie, { kind: 'oidc', name: 'A', domains: ['taken.se'], oidc: { issuer: 'https://a.example/', clientId: 'a' } });
    const second = await ctx.app.inject({
      method: 'POST',
      url: '/api/admin/identity-providers',
      headers: { cookie },
      payload: { kind: 'oidc', name: 'B', domains: ['free.se', 'taken.se'], oidc: { issuer: 'https://b.example/', clientId: 'b' } },
    });
    expect(second.statusCode).toBe(409);
    expect(second.json()).toMatchObject({ error: { code: 'domain_served_elsewhere', details: { domains: ['taken.se'] } } });

    const key = ctx.app.config.federationSecretKey;
    ctx.app.config.federationSecretKey = undefined;
    try {
      const refused = await ctx.app.inject({
        method: 'POST',
        url: '/api/admin/identity-providers',
        headers: { cookie },
        payload: { kind: 'oidc', name: 'C', domains: ['c.se'], oidc: { issuer: 'https://c.example/', clientId: 'c', clientSecret: 'x' } },
      });
      expect(refused.statusCode).toBe(409);
      expect(refused.json()).toMatchObject({ error: { code: 'secret_key_missing' } });
    } finally {
      ctx.app.config.federationSecretKey = key;
    }
  });

  it('reads a SAML IdP from its metadata, and refuses metadata that is not', async () => {
    const { cookie } = await admin();
    const body = IDP_CERT.replace(/-----[^-]+-----|\s/g, '');
    const metadata = `<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" entityID="https://meta.example/idp"><md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol"><md:KeyDescriptor use="signing"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>${body}</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor><md:SingleLogoutService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://meta.example/slo"/><md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://meta.example/sso"/></md:IDPSSODescriptor></md:EntityDescriptor>`;
    const created = await ctx.app.inject({
      method: 'POST',
      url: '/api/admin/identity-providers',
      headers: { cookie },
      payload: { kind: 'saml', name: 'Meta', domains: ['meta.se'], saml: { metadataXml: metadata } },
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({
      saml: { entityId: 'https://meta.example/idp', ssoUrl: 'https://meta.example/sso', sloUrl: 'https://meta.example/slo', certificateCount: 1 },
    });
    const id = created.json<{ id: number }>().id;
    const spMetadata = await ctx.app.inject({ method: 'GET', url: `/api/auth/federation/saml/${id}/metadata` });
    expect(spMetadata.statusCode).toBe(200);
    expect(spMetadata.body).toContain(`entityID="${ctx.config.publicUrl}/api/auth/federation/saml/${id}/metadata"`);
    expect(spMetadata.body).toContain(`Location="${ctx.config.publicUrl}/api/auth/federation/saml/${id}/acs"`);

    const bad = await ctx.app.inject({
      method: 'POST',
      url: '/api/admin/identity-providers',
      headers: { cookie },
      payload: { kind: 'saml', name: 'Bad', domains: ['bad-meta.se'], saml: { metadataXml: '<nope' } },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: { code: 'idp_metadata_invalid' } });
  });
});

describe('routing by domain', () => {
  it('sends an address of a served domain to its provider, any other to the password, and none to a disabled provider', async () => {
    const { cookie } = await admin();
    const provider = await addProvider(cookie, {
      kind: 'oidc',
      name: 'Routed',
      domains: ['routed.se'],
      oidc: { issuer: 'https://r.example/', clientId: 'r' },
    });
    const discover = async (email: string) =>
      (await ctx.app.inject({ method: 'POST', url: '/api/auth/federation/discover', payload: { email } })).json<unknown>();
    expect(await discover('Anna@ROUTED.se')).toEqual({
      method: 'federated',
      providerName: 'Routed',
      startUrl: '/api/auth/federation/start?email=anna%40routed.se',
    });
    expect(await discover('anna@sub.routed.se')).toEqual({ method: 'password' });
    expect(await discover('anna@routed.se.evil.example')).toEqual({ method: 'password' });
    expect(await discover('routed.se@other.se')).toEqual({ method: 'password' });
    await ctx.app.inject({
      method: 'PUT',
      url: `/api/admin/identity-providers/${provider.id}`,
      headers: { cookie },
      payload: { kind: 'oidc', name: 'Routed', domains: ['routed.se'], enabled: false, oidc: { issuer: 'https://r.example/', clientId: 'r' } },
    });
    expect(await discover('anna@routed.se')).toEqual({ method: 'password' });
  });
});

describe('SAML sign-in (signed responses built with a real key, verified by node-saml)', () => {
  async function samlProvider(domains: string[]) {
    const { cookie } = await admin();
    return addProvider(cookie, {
      kind: 'saml',
      name: 'Kommun S',
      domains,
      saml: { entityId: IDP_ENTITY_ID, ssoUrl: IDP_SSO_URL, certificate: IDP_CERT },
    });
  }

  async function start(email: string, next = '/enkat') {
    const response = await ctx.app.inject({ method: 'GET', url: `/api/auth/federation/start?${new URLSearchParams({ email, next })}` });
    expect(response.statusCode, response.body).toBe(303);
    expect(response.headers.location).toMatch(new RegExp(`^${IDP_SSO_URL}\\?SAMLRequest=`));
    return authnRequestIdFrom(response.headers.location as string);
  }

  /** The IdP's page posts the form: another site, no cookie of ours. */
  const post = (providerId: number, samlResponseBase64: string) =>
    ctx.app.inject({
      method: 'POST',
      url: `/api/auth/federation/saml/${providerId}/acs`,
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://idp.kommun-s.example', 'sec-fetch-site': 'cross-site' },
      payload: new URLSearchParams({ SAMLResponse: samlResponseBase64, RelayState: '' }).toString(),
    });

  const sessionCookie = (response: Awaited<ReturnType<typeof post>>) => response.cookies.find((cookie) => cookie.name === 'mognad_session');

  it('signs in an invited account once per response, returns to the page asked for, and links the subject', async () => {
    const domain = `s${randomBytes(3).toString('hex')}.se`;
    const provider = await samlProvider([domain]);
    const user = await createUser(ctx.app, [{ role: 'respondent', organisationCode: '0114' }], { email: `rut@${domain}` });
    const id = await start(user.email);
    const message = samlResponse({
      inResponseTo: id,
      acsUrl: provider.saml!.acsUrl,
      audience: provider.saml!.spEntityId,
      nameId: 'rut-4711',
      email: user.email,
    });

    const response = await post(provider.id, message);
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/enkat');
    const cookie = sessionCookie(response);
    expect(cookie).toBeDefined();
    const me = await ctx.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: `mognad_session=${cookie!.value}` } });
    expect(me.json()).toMatchObject({
      user: { id: user.id, roles: [{ role: 'respondent', organisationId: await organisationIdByCode(ctx.app, '0114') }] },
    });

    const link = await ctx.app.db.selectFrom('federated_identity').selectAll().where('provider_id', '=', provider.id).executeTakeFirstOrThrow();
    expect(link).toMatchObject({ user_id: user.id, subject: 'urn:oasis:names:tc:SAML:2.0:nameid-format:persistent|rut-4711' });
    const actions = await ctx.app.db.selectFrom('audit_log').select('action').where('actor_user_id', '=', user.id).orderBy('id').execute();
    expect(actions.map((a) => a.action)).toEqual(['auth.federated_identity_linked', 'auth.federated_login']);

    // The same response again: its request was answered.
    const replay = await post(provider.id, message);
    expect(replay.headers.location).toBe('/inloggning-nekad?orsak=failed');
    expect(sessionCookie(replay)).toBeUndefined();
  });

  it('owes a second factor as a password login does, unless the provider asserts MFA and counts for it', async () => {
    const { cookie } = await admin();
    const required = ctx.app.config.mfaRequiredRoles;
    ctx.app.config.mfaRequiredRoles = ['analyst'];
    try {
      for (const mfaFromIdp of [false, true]) {
        const domain = `m${randomBytes(3).toString('hex')}.se`;
        const provider = await addProvider(cookie, {
          kind: 'saml',
          name: 'Kommun M',
          domains: [domain],
          mfaFromIdp,
          saml: { entityId: IDP_ENTITY_ID, ssoUrl: IDP_SSO_URL, certificate: IDP_CERT },
        });
        const user = await createUser(ctx.app, [{ role: 'analyst' }], { email: `ada@${domain}` });
        const id = await start(user.email, '/nationellt');
        const message = samlResponse({
          inResponseTo: id,
          acsUrl: provider.saml!.acsUrl,
          audience: provider.saml!.spEntityId,
          nameId: `ada-${mfaFromIdp}`,
          email: user.email,
          authnContextClassRef: 'https://refeds.org/profile/mfa',
        });
        const response = await post(provider.id, message);
        expect(response.statusCode).toBe(303);
        const me = await ctx.app.inject({
          method: 'GET',
          url: '/api/auth/me',
          headers: { cookie: `mognad_session=${sessionCookie(response)!.value}` },
        });
        if (mfaFromIdp) {
          // The provider's MFA counts: the analyst is in, with no factor of Mognad's own.
          expect(response.headers.location).toBe('/nationellt');
          expect(me.statusCode).toBe(200);
        } else {
          // Not counted: an analyst without a factor is led to set one up first, and nothing else answers.
          expect(response.headers.location).toBe('/tvastegsverifiering?nasta=%2Fnationellt');
          expect(me.statusCode).toBe(401);
          expect(me.json()).toMatchObject({ error: { code: 'mfa_required', details: { state: 'enrolment_required' } } });
        }
      }
    } finally {
      ctx.app.config.mfaRequiredRoles = required;
    }
  });

  it('refuses unsigned, wrongly signed, other-audience and other-recipient responses', async () => {
    const domain = `s${randomBytes(3).toString('hex')}.se`;
    const provider = await samlProvider([domain]);
    const user = await createUser(ctx.app, [{ role: 'viewer', organisationCode: '0114' }], { email: `vera@${domain}` });
    const { privateKey } = await import('node:crypto').then((crypto) =>
      crypto.generateKeyPairSync('rsa', {
        modulusLength: 2048,
        privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
        publicKeyEncoding: { type: 'spki', format: 'pem' },
      }),
    );
    const cases = [
      { sign: false },
      { signingKey: privateKey },
      { audience: 'https://someone-else.example/sp' },
      { recipient: 'https://someone-else.example/acs' },
    ];
    for (const variant of cases) {
      const id = await start(user.email);
      const response = await post(
        provider.id,
        samlResponse({
          inResponseTo: id,
          acsUrl: provider.saml!.acsUrl,
          audience: provider.saml!.spEntityId,
          nameId: 'vera',
          email: user.email,
          ...variant,
        }),
      );
      expect(response.headers.location, JSON.stringify(Object.keys(variant))).toBe('/inloggning-nekad?orsak=failed');
      expect(sessionCookie(response)).toBeUndefined();
    }
    // A response to no request of ours.
    const unsolicited = await post(
      provider.id,
      samlResponse({
        inResponseTo: '_never-sent',
        acsUrl: provider.saml!.acsUrl,
        audience: provider.saml!.spEntityId,
        nameId: 'vera',
        email: user.email,
      }),
    );
    expect(unsolicited.headers.location).toBe('/inloggning-nekad?orsak=failed');
  });

  it('cannot sign in an account of another domain, and sends a person without an account to the "ask" page', async () => {
    const domain = `s${randomBytes(3).toString('hex')}.se`;
    const other = `o${randomBytes(3).toString('hex')}.se`;
    const provider = await samlProvider([domain]);
    const victim = await createUser(ctx.app, [{ role: 'admin' }], { email: `boss@${other}` });
    const acs = { acsUrl: provider.saml!.acsUrl, audience: provider.saml!.spEntityId };

    // Routed by the typed domain, answered with an identity of another domain.
    const id = await start(`someone@${domain}`);
    const crossDomain = await post(provider.id, samlResponse({ inResponseTo: id, ...acs, nameId: 'boss', email: victim.email }));
    expect(crossDomain.headers.location).toBe('/inloggning-nekad?orsak=wrong_domain');
    expect(sessionCookie(crossDomain)).toBeUndefined();
    expect(await ctx.app.db.selectFrom('federated_identity').select('id').where('user_id', '=', victim.id).execute()).toEqual([]);

    // The other domain is not this provider's to start with.
    const notServed = await ctx.app.inject({ method: 'GET', url: `/api/auth/federation/start?${new URLSearchParams({ email: victim.email })}` });
    expect(notServed.statusCode).toBe(404);

    const id2 = await start(`new-person@${domain}`);
    const noAccount = await post(provider.id, samlResponse({ inResponseTo: id2, ...acs, nameId: 'new-person', email: `new-person@${domain}` }));
    expect(noAccount.headers.location).toBe('/inloggning-nekad?orsak=no_account');
    expect(sessionCookie(noAccount)).toBeUndefined();
    const refusals = await ctx.app.db.selectFrom('audit_log').select('details').where('action', '=', 'auth.federated_login_refused').execute();
    expect(refusals.map((entry) => entry.details)).toEqual(
      expect.arrayContaining([
        { providerId: provider.id, reason: 'wrong_domain', emailDomain: other },
        { providerId: provider.id, reason: 'no_account', emailDomain: domain },
      ]),
    );
  });
});
