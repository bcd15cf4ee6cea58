import { DOMParser } from '@xmldom/xmldom';
import { SAML, ValidateInResponseTo, type CacheProvider, type Profile, type SamlConfig } from '@node-saml/node-saml';
import type { Db } from '#server/db/sql';
import { LOGIN_LIFETIME_MS, peekPendingLogin, savePendingLogin, takePendingLogin, type PendingLogin } from './login-state';
import type { ProviderRow } from './providers';
import type { AssertedIdentity } from './identity';
import type { SamlSigning } from './sp-signing';
import { samlAcsUrl, samlSloReturnUrl, samlSpEntityId } from './urls';

const SAML_ASSERTION = 'urn:oasis:names:tc:SAML:2.0:assertion';
const EMAIL_FORMAT = 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress';
const TRANSIENT_FORMAT = 'urn:oasis:names:tc:SAML:2.0:nameid-format:transient';
/** Attributes carrying the e-mail address: eduPerson/SAML2 `mail` (OID), and the names Entra ID and AD FS send. */
const EMAIL_ATTRIBUTES = ['urn:oid:0.9.2342.19200300.100.1.3', 'mail', 'email', 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress'];

/** This service provider: its public address and, when configured, the key pair it signs its requests with. */
export type ServiceProvider = { publicUrl: string; signing: SamlSigning | undefined };

/**
 * node-saml for one provider. Signed assertions are required, the audience
 * must be our entity id and InResponseTo must name an AuthnRequest we sent and
 * have not seen answered (the cache provider is the federated_login table).
 * With a key pair, AuthnRequests and LogoutRequests are signed (RSA-SHA256 over
 * the HTTP-Redirect query) and the metadata publishes the certificate.
 */
function samlFor(provider: ProviderRow, sp: ServiceProvider, cacheProvider: CacheProvider): SAML {
  const { publicUrl } = sp;
  const spEntityId = samlSpEntityId(publicUrl, provider.id);
  const config: SamlConfig = {
    callbackUrl: samlAcsUrl(publicUrl, provider.id),
    entryPoint: provider.saml_sso_url!,
    issuer: spEntityId,
    audience: spEntityId,
    idpCert: provider.saml_idp_certificates!,
    ...(provider.saml_idp_entity_id ? { idpIssuer: provider.saml_idp_entity_id } : {}),
    wantAssertionsSigned: true,
    wantAuthnResponseSigned: false,
    validateInResponseTo: ValidateInResponseTo.always,
    requestIdExpirationPeriodMs: LOGIN_LIFETIME_MS,
    cacheProvider,
    identifierFormat: null,
    disableRequestedAuthnContext: true,
    acceptedClockSkewMs: 60_000,
    ...(provider.saml_slo_url ? { logoutUrl: provider.saml_slo_url, logoutCallbackUrl: samlSloReturnUrl(publicUrl, provider.id) } : {}),
    ...(sp.signing ? { privateKey: sp.signing.privateKey, publicCert: sp.signing.certificate, signatureAlgorithm: 'sha256' as const } : {}),
  };
  return new SAML(config);
}

/** The redirect to the IdP with an AuthnRequest; its id is saved as the pending login. */
export async function samlAuthorizationUrl(
  db: Db,
  provider: ProviderRow,
  sp: ServiceProvider,
  pending: Omit<PendingLogin, 'providerId'>,
): Promise<string> {
  const cacheProvider: CacheProvider = {
    saveAsync: async (key, value) => {
      await savePendingLogin(db, key, { ...pending, providerId: provider.id });
      return { value, createdAt: Date.now() };
    },
    getAsync: () => Promise.resolve(null),
    removeAsync: () => Promise.resolve(null),
  };
  return samlFor(provider, sp, cacheProvider).getAuthorizeUrlAsync('', undefined, {});
}

export class SamlRefused extends Error {}

/**
 * Validates a posted SAMLResponse (node-saml: XML signature of the assertion
 * with the IdP's certificate, audience, times, InResponseTo) and then what
 * node-saml leaves to us: the Response's Destination and the bearer
 * confirmation's Recipient must be this ACS. Takes the pending login it
 * answers, so a response is accepted once.
 */
export async function samlAcs(db: Db, provider: ProviderRow, sp: ServiceProvider, samlResponse: string) {
  const cacheProvider: CacheProvider = {
    saveAsync: () => Promise.resolve(null),
    getAsync: async (key) => {
      const login = await peekPendingLogin(db, key);
      return login && login.provider_id === provider.id ? login.created_at.toISOString() : null;
    },
    // Taken below, once the response is accepted.
    removeAsync: () => Promise.resolve(null),
  };
  const { profile } = await samlFor(provider, sp, cacheProvider).validatePostResponseAsync({ SAMLResponse: samlResponse });
  if (!profile) throw new SamlRefused('The SAML message is not a login response.');
  const acsUrl = samlAcsUrl(sp.publicUrl, provider.id);
  const responseXml = profile.getSamlResponseXml?.() ?? '';
  const response = new DOMParser().parseFromString(responseXml, 'text/xml').documentElement;
  const destination = response.getAttribute('Destination');
  if (destination && destination !== acsUrl) throw new SamlRefused(`The response is addressed to ${destination}, not to ${acsUrl}.`);
  const assertion = new DOMParser().parseFromString(profile.getAssertionXml?.() ?? '', 'text/xml').documentElement;
  const recipients = Array.from(assertion.getElementsByTagNameNS(SAML_ASSERTION, 'SubjectConfirmationData')).map((data) =>
    data.getAttribute('Recipient'),
  );
  if (recipients.length === 0 || recipients.some((recipient) => recipient !== acsUrl)) {
    throw new SamlRefused('The assertion is not confirmed for this service provider (Recipient).');
  }
  const inResponseTo = response.getAttribute('InResponseTo');
  const pending = inResponseTo ? await takePendingLogin(db, inResponseTo) : undefined;
  if (!pending || pending.provider_id !== provider.id) throw new SamlRefused('The response answers no login under way (already used or expired).');
  return { pending, identity: identityOf(profile), profile };
}

function attribute(profile: Profile, name: string): string | undefined {
  const value = (profile as Record<string, unknown>)[name];
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && typeof value[0] === 'string') return value[0];
  return undefined;
}

/**
 * The e-mail comes from the e-mail attribute or an emailAddress NameID; it
 * counts as verified because the IdP is one the administrator configured for
 * exactly these domains (and resolveAccount checks the domain). The subject is
 * the NameID, unless transient (new every login): then the address.
 */
function identityOf(profile: Profile): AssertedIdentity {
  const fromAttributes = EMAIL_ATTRIBUTES.map((name) => attribute(profile, name)).find((value) => value !== undefined);
  const email = fromAttributes ?? (profile.nameIDFormat === EMAIL_FORMAT ? profile.nameID : undefined);
  const transient = profile.nameIDFormat === TRANSIENT_FORMAT;
  const assertion = profile.getAssertion?.() as
    { Assertion?: { AuthnStatement?: { AuthnContext?: { AuthnContextClassRef?: { _?: string }[] }[] }[] } } | undefined;
  const acr = assertion?.Assertion?.AuthnStatement?.[0]?.AuthnContext?.[0]?.AuthnContextClassRef?.[0]?._ ?? null;
  return {
    subject: transient ? `email:${email ?? ''}` : `${profile.nameIDFormat ?? ''}|${profile.nameID}`,
    email,
    emailVerified: email !== undefined,
    amr: [],
    acr: typeof acr === 'string' ? acr : null,
  };
}

/** The logout request to the IdP's single logout service, when one is configured. */
export async function samlLogoutUrl(
  provider: ProviderRow,
  sp: ServiceProvider,
  session: { subject: string; saml_name_id: string | null; saml_name_id_format: string | null; saml_session_index: string | null },
): Promise<string | null> {
  if (!provider.saml_slo_url || !session.saml_name_id) return null;
  const noCache: CacheProvider = {
    saveAsync: () => Promise.resolve(null),
    getAsync: () => Promise.resolve(null),
    removeAsync: () => Promise.resolve(null),
  };
  const profile: Profile = {
    issuer: provider.saml_idp_entity_id ?? '',
    nameID: session.saml_name_id,
    nameIDFormat: session.saml_name_id_format ?? 'urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified',
    ...(session.saml_session_index ? { sessionIndex: session.saml_session_index } : {}),
  };
  return samlFor(provider, sp, noCache).getLogoutUrlAsync(profile, '', {});
}

/** This service provider's metadata for the IdP's administrator (entity id, ACS, SLO, and the signing certificate when there is one). */
export function samlSpMetadata(provider: ProviderRow, sp: ServiceProvider): string {
  const noCache: CacheProvider = {
    saveAsync: () => Promise.resolve(null),
    getAsync: () => Promise.resolve(null),
    removeAsync: () => Promise.resolve(null),
  };
  return samlFor(provider, sp, noCache).generateServiceProviderMetadata(null, sp.signing?.certificate ?? null);
}
