/** The addresses of this service provider / relying party that an IdP's administrator enters; all under PUBLIC_URL. */
const base = (publicUrl: string) => `${publicUrl.replace(/\/+$/, '')}/api/auth/federation`;

export const oidcRedirectUri = (publicUrl: string) => `${base(publicUrl)}/oidc/callback`;
/** The SP's entity id is its metadata address, as SAML recommends: one per configured IdP. */
export const samlSpEntityId = (publicUrl: string, providerId: number) => `${base(publicUrl)}/saml/${providerId}/metadata`;
export const samlSpMetadataUrl = samlSpEntityId;
export const samlAcsUrl = (publicUrl: string, providerId: number) => `${base(publicUrl)}/saml/${providerId}/acs`;
export const samlSloReturnUrl = (publicUrl: string, providerId: number) => `${base(publicUrl)}/saml/${providerId}/logged-out`;
export const federationStartPath = (email: string, next: string | undefined) =>
  `/api/auth/federation/start?${new URLSearchParams({ email, ...(next ? { next } : {}) }).toString()}`;

/** Where the refusal page lives (shared/client-routes.ts `federationRefused`). */
export const refusalPath = (reason: string) => `/inloggning-nekad?${new URLSearchParams({ orsak: reason }).toString()}`;

/** A return path from the client: only a path on this site, else the start page. */
export function safeReturnPath(next: string | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  return next;
}
