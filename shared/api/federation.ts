import { z } from 'zod';

/** Federated sign-in (docs/decisions/0025): identity providers and the login page's first step. */

export const IDENTITY_PROVIDER_KINDS = ['oidc', 'saml'] as const;
export const identityProviderKindSchema = z.enum(IDENTITY_PROVIDER_KINDS);
export type IdentityProviderKind = z.infer<typeof identityProviderKindSchema>;

/** An e-mail domain as typed after the @: lower-case labels, at least one dot. */
export const emailDomainSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^(?=.{3,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, { error: 'must be an e-mail domain such as kommun.se' });

const httpsUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).max(2000);

/** PEM certificate or its base64 body alone. */
const certificateSchema = z.string().trim().min(100).max(20_000);

export const oidcSettingsSchema = z.object({
  issuer: httpsUrl,
  clientId: z.string().trim().min(1).max(500),
  /** Write-only: sent to set or replace the secret, never returned. Omitted on update: the stored secret stays. */
  clientSecret: z.string().min(1).max(2000).optional(),
});

export const samlSettingsSchema = z.object({
  /** The IdP's metadata: pasted XML, or an address the server fetches when saving. Fills the fields below. */
  metadataXml: z.string().max(500_000).optional(),
  metadataUrl: httpsUrl.optional(),
  entityId: z.string().trim().min(1).max(1000).optional(),
  ssoUrl: httpsUrl.optional(),
  sloUrl: httpsUrl.optional(),
  certificate: certificateSchema.optional(),
});

export const identityProviderBodySchema = z.object({
  kind: identityProviderKindSchema,
  name: z.string().trim().min(1).max(200),
  domains: z.array(emailDomainSchema).min(1).max(50),
  enabled: z.boolean().default(true),
  /** Whether the provider's amr/acr saying MFA counts as MFA here (issue 19's MFA part reads it). */
  mfaFromIdp: z.boolean().default(false),
  oidc: oidcSettingsSchema.optional(),
  saml: samlSettingsSchema.optional(),
});
export type IdentityProviderBody = z.infer<typeof identityProviderBodySchema>;

export const identityProviderParamsSchema = z.object({ id: z.coerce.number().int().positive() });

/** A provider as the API shows it: the client secret only as whether one is stored. */
export const identityProviderSchema = z.object({
  id: z.number().int(),
  kind: identityProviderKindSchema,
  name: z.string(),
  domains: z.array(z.string()),
  enabled: z.boolean(),
  mfaFromIdp: z.boolean(),
  oidc: z.object({ issuer: z.string(), clientId: z.string(), clientSecretSet: z.boolean() }).nullable(),
  saml: z
    .object({
      entityId: z.string().nullable(),
      ssoUrl: z.string(),
      sloUrl: z.string().nullable(),
      metadataUrl: z.string().nullable(),
      certificateCount: z.number().int(),
      /** What the IdP's administrator enters for this service provider. */
      spEntityId: z.string(),
      acsUrl: z.string(),
      spMetadataUrl: z.string(),
      /** This server signs its AuthnRequests and LogoutRequests (SAML_SP_KEY_FILE is set). */
      requestsSigned: z.boolean(),
      /** When the metadata was last read from its address (on saving, then on a schedule), and why the last try failed. */
      metadataReadAt: z.iso.datetime().nullable(),
      metadataError: z.string().nullable(),
      /** How often metadata from an address is read again (SAML_METADATA_REFRESH_HOURS); 0 never. */
      metadataRefreshHours: z.number(),
    })
    .nullable(),
  updatedAt: z.iso.datetime(),
});
export type IdentityProvider = z.infer<typeof identityProviderSchema>;

export const identityProviderListSchema = z.object({
  providers: z.array(identityProviderSchema),
  /** The OIDC redirect URI to register at every OpenID provider. */
  oidcRedirectUri: z.string(),
  /** Whether FEDERATION_SECRET_KEY is set: without it no client secret can be stored. */
  secretKeyConfigured: z.boolean(),
});

export const discoverBodySchema = z.object({
  email: z
    .string()
    .trim()
    .min(3)
    .max(254)
    .transform((email) => email.toLowerCase()),
});

/** The login page's first step: where this address signs in. */
export const discoverResponseSchema = z.discriminatedUnion('method', [
  z.object({ method: z.literal('password') }),
  z.object({ method: z.literal('federated'), providerName: z.string(), startUrl: z.string() }),
]);

export const federationStartQuerySchema = z.object({
  email: z.string().trim().min(3).max(254),
  /** The page to return to afterwards: a path on this site. */
  next: z.string().max(2000).optional(),
});

/** The provider's answer on the redirect URI (RFC 6749 §4.1.2, RFC 9207); openid-client reads the whole query. */
export const oidcCallbackQuerySchema = z.looseObject({
  state: z.string().max(2000).optional(),
  code: z.string().max(4000).optional(),
  iss: z.string().max(2000).optional(),
  error: z.string().max(200).optional(),
  error_description: z.string().max(2000).optional(),
});

export const samlAcsBodySchema = z.object({ SAMLResponse: z.string().min(1).max(1_000_000), RelayState: z.string().max(2000).optional() });

export const samlProviderParamsSchema = z.object({ providerId: z.coerce.number().int().positive() });

export const federatedLogoutResponseSchema = z.object({
  /** The provider's logout address to send the browser to, when the session came from one that supports single logout. */
  redirectTo: z.string().nullable(),
});

/** Why a federated sign-in did not end in a session; the refusal page says it in the person's words. */
export const FEDERATION_REFUSALS = ['no_account', 'wrong_domain', 'email_unverified', 'identity_conflict', 'account_disabled', 'failed'] as const;
export type FederationRefusal = (typeof FEDERATION_REFUSALS)[number];
