import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import { signSamlPost } from '@node-saml/node-saml/lib/saml-post-signing.js';

/**
 * A SAML identity provider's side, built in the test: no maintained npm SAML
 * IdP exists that runs in-process, so the test signs real responses with a
 * real RSA key (node-saml's own signing helper, xml-crypto underneath) and the
 * app verifies them through node-saml. The key and self-signed certificate
 * (test/support/saml/, test only) were made with openssl.
 */
const here = new URL('./saml/', import.meta.url);
export const IDP_KEY = readFileSync(new URL('idp-test-key.pem', here), 'utf8');
export const IDP_CERT = readFileSync(new URL('idp-test-cert.pem', here), 'utf8');
export const IDP_ENTITY_ID = 'https://idp.kommun-s.example/saml';
export const IDP_SSO_URL = 'https://idp.kommun-s.example/saml/sso';

/** The AuthnRequest's ID from the redirect the app sent the browser to (HTTP-Redirect binding: deflated, base64). */
export function authnRequestIdFrom(location: string): string {
  const request = new URL(location).searchParams.get('SAMLRequest');
  if (!request) throw new Error(`No SAMLRequest in ${location}`);
  const xml = inflateRawSync(Buffer.from(request, 'base64')).toString('utf8');
  const id = /\sID="([^"]+)"/.exec(xml)?.[1];
  if (!id) throw new Error(`No ID in ${xml}`);
  return id;
}

export type ResponseOptions = {
  inResponseTo: string;
  acsUrl: string;
  audience: string;
  nameId: string;
  nameIdFormat?: string;
  email?: string;
  issuer?: string;
  /** Sign the assertion (default) or leave it unsigned. */
  sign?: boolean;
  /** Another key than the configured certificate's. */
  signingKey?: string;
  recipient?: string;
  authnContextClassRef?: string;
};

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** A SAML 2.0 Response with one assertion, signed as an IdP signs it; base64 for the HTTP-POST binding. */
export function samlResponse(options: ResponseOptions): string {
  const now = new Date();
  const later = new Date(now.getTime() + 5 * 60 * 1000).toISOString();
  const issuer = escape(options.issuer ?? IDP_ENTITY_ID);
  const assertionId = `_a${randomBytes(16).toString('hex')}`;
  const emailAttribute = options.email
    ? `<saml:AttributeStatement><saml:Attribute Name="urn:oid:0.9.2342.19200300.100.1.3" NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:uri"><saml:AttributeValue>${escape(options.email)}</saml:AttributeValue></saml:Attribute></saml:AttributeStatement>`
    : '';
  const assertion = `<saml:Assertion xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="${assertionId}" Version="2.0" IssueInstant="${now.toISOString()}"><saml:Issuer>${issuer}</saml:Issuer><saml:Subject><saml:NameID Format="${options.nameIdFormat ?? 'urn:oasis:names:tc:SAML:2.0:nameid-format:persistent'}">${escape(options.nameId)}</saml:NameID><saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer"><saml:SubjectConfirmationData InResponseTo="${options.inResponseTo}" NotOnOrAfter="${later}" Recipient="${escape(options.recipient ?? options.acsUrl)}"/></saml:SubjectConfirmation></saml:Subject><saml:Conditions NotBefore="${new Date(now.getTime() - 60_000).toISOString()}" NotOnOrAfter="${later}"><saml:AudienceRestriction><saml:Audience>${escape(options.audience)}</saml:Audience></saml:AudienceRestriction></saml:Conditions><saml:AuthnStatement AuthnInstant="${now.toISOString()}" SessionIndex="_s${randomBytes(8).toString('hex')}"><saml:AuthnContext><saml:AuthnContextClassRef>${options.authnContextClassRef ?? 'urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport'}</saml:AuthnContextClassRef></saml:AuthnContext></saml:AuthnStatement>${emailAttribute}</saml:Assertion>`;
  const response = `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="_r${randomBytes(16).toString('hex')}" Version="2.0" IssueInstant="${now.toISOString()}" Destination="${escape(options.acsUrl)}" InResponseTo="${options.inResponseTo}"><saml:Issuer>${issuer}</saml:Issuer><samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>${assertion}</samlp:Response>`;
  const signed =
    options.sign === false
      ? response
      : signSamlPost(response, "/*[local-name(.)='Response']/*[local-name(.)='Assertion']", {
          privateKey: options.signingKey ?? IDP_KEY,
          publicCert: IDP_CERT,
          signatureAlgorithm: 'sha256',
          digestAlgorithm: 'sha256',
        });
  return Buffer.from(signed).toString('base64');
}
