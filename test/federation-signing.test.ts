import { createVerify, randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '#server/config';
import { createUser, loginAs } from './support/auth';
import { useTestApp } from './support/app';
import { IDP_CERT, IDP_ENTITY_ID, IDP_SSO_URL, authnRequestIdFrom, samlResponse } from './support/saml-idp';

const file = (name: string) => fileURLToPath(new URL(`./support/saml/${name}`, import.meta.url));
const SP_KEY_FILE = file('sp-test-key.pem');
const SP_CERT_FILE = file('sp-test-cert.pem');
const ctx = useTestApp({ SAML_SP_KEY_FILE: SP_KEY_FILE, SAML_SP_CERTIFICATE_FILE: SP_CERT_FILE });
const IDP_SLO_URL = 'https://idp.kommun-s.example/saml/slo';
const certificateBody = (pem: string) => pem.replace(/-----(BEGIN|END) CERTIFICATE-----|\s/g, '');

/**
 * The HTTP-Redirect binding's signature (SAML bindings §3.4.4.1): over the query's own
 * SAMLRequest, RelayState and SigAlg parameters, URL-encoded as sent, in that order.
 */
function verifyRedirectSignature(location: string, certificate: string): { sigAlg: string | null; valid: boolean } {
  const query = new URL(location).search.slice(1);
  const raw = new Map(query.split('&').map((pair) => [pair.slice(0, pair.indexOf('=')), pair] as const));
  const params = new URL(location).searchParams;
  const signed = ['SAMLRequest', 'RelayState', 'SigAlg'].flatMap((name) => raw.get(name) ?? []).join('&');
  const signature = params.get('Signature');
  if (!signature) return { sigAlg: params.get('SigAlg'), valid: false };
  const valid = createVerify('RSA-SHA256').update(signed).verify(certificate, signature, 'base64');
  return { sigAlg: params.get('SigAlg'), valid };
}

async function samlProvider(domain: string) {
  const { cookie } = await loginAs(ctx.app, [{ role: 'admin' }]);
  const response = await ctx.app.inject({
    method: 'POST',
    url: '/api/admin/identity-providers',
    headers: { cookie },
    payload: {
      kind: 'saml',
      name: 'Sweden Connect-lik',
      domains: [domain],
      saml: { entityId: IDP_ENTITY_ID, ssoUrl: IDP_SSO_URL, sloUrl: IDP_SLO_URL, certificate: IDP_CERT },
    },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ id: number; saml: { spEntityId: string; acsUrl: string; requestsSigned: boolean } }>();
}

describe('signed SAML requests (SAML_SP_KEY_FILE and SAML_SP_CERTIFICATE_FILE)', () => {
  it('signs the AuthnRequest and the LogoutRequest with RSA-SHA256 over the redirect query, and the login completes', async () => {
    const domain = `signed${randomBytes(3).toString('hex')}.se`;
    const provider = await samlProvider(domain);
    const user = await createUser(ctx.app, [{ role: 'respondent', organisationCode: '0114' }], { email: `sigrid@${domain}` });
    const start = await ctx.app.inject({
      method: 'GET',
      url: `/api/auth/federation/start?${new URLSearchParams({ email: user.email, next: '/enkat' })}`,
    });
    expect(start.statusCode, start.body).toBe(303);
    const location = start.headers.location as string;
    expect(location.startsWith(`${IDP_SSO_URL}?SAMLRequest=`)).toBe(true);

    const spCertificate = ctx.config.samlSigning!.certificate;
    expect(verifyRedirectSignature(location, spCertificate)).toEqual({ sigAlg: 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256', valid: true });
    // A signature over another request does not verify: the check above can fail.
    const tampered = location.replace(/SAMLRequest=([^&]+)/, (_, value: string) => `SAMLRequest=${value.slice(0, -4)}AAAA`);
    expect(verifyRedirectSignature(tampered, spCertificate).valid).toBe(false);
    const request = inflateRawSync(Buffer.from(new URL(location).searchParams.get('SAMLRequest')!, 'base64')).toString('utf8');
    expect(request).toContain(`<saml:Issuer xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion">${provider.saml.spEntityId}</saml:Issuer>`);

    const answer = await ctx.app.inject({
      method: 'POST',
      url: `/api/auth/federation/saml/${provider.id}/acs`,
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://idp.kommun-s.example', 'sec-fetch-site': 'cross-site' },
      payload: new URLSearchParams({
        SAMLResponse: samlResponse({
          inResponseTo: authnRequestIdFrom(location),
          acsUrl: provider.saml.acsUrl,
          audience: provider.saml.spEntityId,
          nameId: 'sigrid-1',
          email: user.email,
        }),
        RelayState: '',
      }).toString(),
    });
    expect(answer.statusCode).toBe(303);
    expect(answer.headers.location).toBe('/enkat');
    const session = answer.cookies.find((cookie) => cookie.name === 'mognad_session');
    expect(session).toBeDefined();

    const logout = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/federation/logout',
      headers: { cookie: `mognad_session=${session!.value}` },
    });

    const { redirectTo } = logout.json<{ redirectTo: string | null }>();
    expect(redirectTo?.startsWith(`${IDP_SLO_URL}?SAMLRequest=`)).toBe(true);
    expect(verifyRedirectSignature(redirectTo!, spCertificate).valid).toBe(true);
  });

  it('publishes the signing certificate in the SP metadata and says requests are signed', async () => {
    const provider = await samlProvider(`meta${randomBytes(3).toString('hex')}.se`);
    expect(provider.saml.requestsSigned).toBe(true);
    const metadata = await ctx.app.inject({ method: 'GET', url: `/api/auth/federation/saml/${provider.id}/metadata` });
    expect(metadata.statusCode).toBe(200);
    expect(metadata.body).toContain('AuthnRequestsSigned="true"');
    expect(metadata.body).toMatch(/<KeyDescriptor use="signing">/);
    expect(metadata.body.replace(/\s/g, '')).toContain(certificateBody(ctx.config.samlSigning!.certificate));
  });

  it('accepts metadata of an IdP that wants signed requests', async () => {
    const { cookie } = await loginAs(ctx.app, [{ role: 'admin' }]);
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/admin/identity-providers',
      headers: { cookie },
      payload: { kind: 'saml', name: 'Signerat', domains: [`want${randomBytes(3).toString('hex')}.se`], saml: { metadataXml: idpMetadata(true) } },
    });
    expect(response.statusCode, response.body).toBe(201);
  });
});

describe('without a signing key', () => {
  const unsigned = useTestApp();

  it('refuses an IdP whose metadata wants signed requests, with a code the UI explains', async () => {
    const { cookie } = await loginAs(unsigned.app, [{ role: 'admin' }]);
    const add = (wants: boolean) =>
      unsigned.app.inject({
        method: 'POST',
        url: '/api/admin/identity-providers',
        headers: { cookie },
        payload: { kind: 'saml', name: 'Signerat', domains: [`w${randomBytes(3).toString('hex')}.se`], saml: { metadataXml: idpMetadata(wants) } },
      });
    const refused = await add(true);
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ error: { code: 'saml_signing_key_missing' } });
    expect((await add(false)).statusCode).toBe(201);

    // Unsigned: no signature on the redirect, no certificate in the metadata.
    const provider = (await add(false)).json<{ id: number; saml: { requestsSigned: boolean } }>();
    expect(provider.saml.requestsSigned).toBe(false);
    const metadata = await unsigned.app.inject({ method: 'GET', url: `/api/auth/federation/saml/${provider.id}/metadata` });
    expect(metadata.body).toContain('AuthnRequestsSigned="false"');
    expect(metadata.body).not.toContain('KeyDescriptor');
  });

  it('stops the start when the key and certificate are not a pair, or only one is given', () => {
    const idpCert = fileURLToPath(new URL('./support/saml/idp-test-cert.pem', import.meta.url));
    expect(() => loadConfig({ SAML_SP_KEY_FILE: SP_KEY_FILE, SAML_SP_CERTIFICATE_FILE: idpCert })).toThrow(
      new ConfigError('Invalid configuration: SAML_SP_CERTIFICATE_FILE is not the certificate of the key in SAML_SP_KEY_FILE.'),
    );
    expect(() => loadConfig({ SAML_SP_KEY_FILE: SP_KEY_FILE })).toThrow(/SAML_SP_KEY_FILE and SAML_SP_CERTIFICATE_FILE must be set together/);
    expect(() => loadConfig({ SAML_SP_KEY_FILE: '/nonexistent/key.pem', SAML_SP_CERTIFICATE_FILE: SP_CERT_FILE })).toThrow(/cannot be read/);
    expect(() => loadConfig({ SAML_SP_KEY_FILE: SP_CERT_FILE, SAML_SP_CERTIFICATE_FILE: SP_CERT_FILE })).toThrow(/not a PEM key or certificate/);
  });
});

function idpMetadata(wantsSigned: boolean): string {
  return `<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" entityID="https://signed.example/idp"><md:IDPSSODescriptor WantAuthnRequestsSigned="${wantsSigned}" protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol"><md:KeyDescriptor use="signing"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>${certificateBody(IDP_CERT)}</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor><md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://signed.example/sso"/></md:IDPSSODescriptor></md:EntityDescriptor>`;
}
