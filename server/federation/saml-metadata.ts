import { DOMParser } from '@xmldom/xmldom';

const MD = 'urn:oasis:names:tc:SAML:2.0:metadata';
const DS = 'http://www.w3.org/2000/09/xmldsig#';
const REDIRECT = 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect';

export type IdpMetadata = {
  entityId: string;
  ssoUrl: string;
  sloUrl: string | null;
  certificates: string[];
  /** WantAuthnRequestsSigned: the IdP refuses unsigned requests. */
  wantsSignedRequests: boolean;
};

export class MetadataInvalid extends Error {}

/**
 * The parts of a SAML IdP's metadata the SP needs: entity id, the
 * HTTP-Redirect single sign-on (and logout) address, the signing
 * certificates, whether it wants signed requests. A federation's aggregate holds many entities: `entityId`
 * picks one.
 */
export function parseIdpMetadata(xml: string, entityId?: string): IdpMetadata {
  let problem: string | undefined;
  const record = (message: string) => {
    problem ??= message;
  };
  const document = new DOMParser({ errorHandler: { error: record, fatalError: record } }).parseFromString(xml, 'text/xml');
  if (problem || !document?.documentElement) throw new MetadataInvalid(`The metadata is not well-formed XML${problem ? `: ${problem}` : ''}.`);
  const entities = Array.from(document.getElementsByTagNameNS(MD, 'EntityDescriptor')).filter(
    (entity) => entity.getElementsByTagNameNS(MD, 'IDPSSODescriptor').length > 0,
  );
  const entity = entityId ? entities.find((e) => e.getAttribute('entityID') === entityId) : entities.length === 1 ? entities[0] : undefined;
  if (!entity) {
    throw new MetadataInvalid(
      entities.length === 0
        ? 'The metadata describes no identity provider.'
        : entityId
          ? `No identity provider ${entityId} in the metadata.`
          : 'The metadata describes several identity providers: give the entity id.',
    );
  }
  const idp = entity.getElementsByTagNameNS(MD, 'IDPSSODescriptor')[0]!;
  const location = (tag: string) =>
    Array.from(idp.getElementsByTagNameNS(MD, tag))
      .find((service) => service.getAttribute('Binding') === REDIRECT)
      ?.getAttribute('Location') ?? null;
  const ssoUrl = location('SingleSignOnService');
  if (!ssoUrl) throw new MetadataInvalid('The identity provider has no HTTP-Redirect single sign-on service.');
  const certificates = Array.from(idp.getElementsByTagNameNS(MD, 'KeyDescriptor'))
    .filter((key) => (key.getAttribute('use') ?? 'signing') === 'signing')
    .flatMap((key) => Array.from(key.getElementsByTagNameNS(DS, 'X509Certificate')))
    .map((cert) => (cert.textContent ?? '').replace(/\s+/g, ''))
    .filter((cert) => cert.length > 0);
  if (certificates.length === 0) throw new MetadataInvalid('The identity provider publishes no signing certificate.');
  return {
    entityId: entity.getAttribute('entityID') ?? '',
    ssoUrl,
    sloUrl: location('SingleLogoutService'),
    certificates,
    wantsSignedRequests: ['true', '1'].includes(idp.getAttribute('WantAuthnRequestsSigned') ?? ''),
  };
}

/** A certificate as pasted (PEM or its base64 body) → the base64 body alone. */
export function certificateBody(pem: string): string {
  return pem
    .replace(/-----(BEGIN|END) CERTIFICATE-----/g, '')
    .replace(/\s+/g, '')
    .trim();
}
