import { z } from 'zod';
import { sessionUserSchema } from './auth';

/**
 * Multi-factor authentication and personal API tokens (docs/decisions/0024).
 *
 * A session is `complete`, `pending` (the password was right, the second
 * factor is awaited) or `enrolment_required` (the user's role requires MFA
 * and none is set up: only enrolment is open to it).
 */
export const MFA_SESSION_STATES = ['complete', 'pending', 'enrolment_required'] as const;
export const mfaSessionStateSchema = z.enum(MFA_SESSION_STATES);
export type MfaSessionState = z.infer<typeof mfaSessionStateSchema>;

/** POST /api/auth/login: the user, and whether the session still waits for a second factor. */
export const loginResponseSchema = z.object({ user: sessionUserSchema, mfa: mfaSessionStateSchema });

/** A six-digit code from an authenticator app (spaces allowed, as apps show "123 456"). */
export const totpCodeSchema = z
  .string()
  .transform((code) => code.replace(/\s+/g, ''))
  .pipe(z.string().regex(/^\d{6}$/, { error: 'must be six digits' }));

export const totpCodeBodySchema = z.object({ code: totpCodeSchema });

/** A recovery code as shown (`abcde-fghij`); case, spaces and hyphens do not matter. */
export const recoveryCodeBodySchema = z.object({
  code: z
    .string()
    .max(40)
    .transform((code) => code.toLowerCase().replace(/[\s-]+/g, ''))
    .pipe(z.string().regex(/^[a-z2-7]{10}$/, { error: 'must be a recovery code (ten letters and digits)' })),
});

/** The browser's answer to navigator.credentials (@simplewebauthn/browser's JSON); the server's library checks it in depth. */
const webAuthnCredentialSchema = z.looseObject({
  id: z.string().min(1).max(1024),
  rawId: z.string().min(1).max(1024),
  type: z.literal('public-key'),
  response: z.looseObject({ clientDataJSON: z.string().max(10_000) }),
  clientExtensionResults: z.looseObject({}),
  authenticatorAttachment: z.enum(['platform', 'cross-platform']).optional(),
});

export const passkeyRegistrationBodySchema = z.object({
  name: z.string().trim().min(1).max(100),
  credential: webAuthnCredentialSchema,
});
export const passkeyVerificationBodySchema = z.object({ credential: webAuthnCredentialSchema });

/** Options for navigator.credentials.create/get as @simplewebauthn/browser takes them. */
export const webAuthnOptionsSchema = z.object({ options: z.record(z.string(), z.unknown()) });

export const totpSetupResponseSchema = z.object({
  /** The secret in base32, for typing into the app by hand. */
  secret: z.string(),
  /** otpauth:// URI the QR code encodes. */
  uri: z.string(),
  /** The QR code as an SVG document. */
  qrSvg: z.string(),
});

/** Recovery codes: in the answer that creates them, and never again. */
export const recoveryCodesResponseSchema = z.object({ recoveryCodes: z.array(z.string()).nullable() });

export const mfaVerifiedResponseSchema = z.object({ user: sessionUserSchema, recoveryCodesLeft: z.number().int().optional() });

export const passkeySchema = z.object({
  id: z.number().int(),
  name: z.string(),
  createdAt: z.iso.datetime({ offset: true }),
  lastUsedAt: z.iso.datetime({ offset: true }).nullable(),
});
export type Passkey = z.infer<typeof passkeySchema>;

export const mfaStatusResponseSchema = z.object({
  state: z.enum(['anonymous', ...MFA_SESSION_STATES]),
  /** Whether one of the user's roles requires MFA. */
  required: z.boolean(),
  /** Which second factors the user can answer with (for the challenge). */
  methods: z.object({ totp: z.boolean(), passkey: z.boolean(), recoveryCode: z.boolean() }),
  /** The factors in detail: only once the password and, when set up, the second factor were given. */
  factors: z
    .object({
      totpEnabled: z.boolean(),
      passkeys: z.array(passkeySchema),
      recoveryCodesLeft: z.number().int(),
    })
    .nullable(),
});
export type MfaStatus = z.infer<typeof mfaStatusResponseSchema>;

export const passkeyIdParamsSchema = z.object({ id: z.coerce.number().int().positive() });
export const userIdParamsSchema = z.object({ id: z.coerce.number().int().positive() });

/** GET /api/admin/users/{id}/mfa: which factors are set up, never their secrets. */
export const adminMfaSummarySchema = z.object({ totp: z.boolean(), passkeys: z.number().int(), recoveryCodes: z.boolean() });

// Personal API tokens

/**
 * `read`: GET requests, whatever the user's roles may read. `rounds_admin`:
 * that and the administration endpoints scripts use (interfaces §3): create
 * a round, import responses.
 */
export const API_TOKEN_SCOPES = ['read', 'rounds_admin'] as const;
export const apiTokenScopeSchema = z.enum(API_TOKEN_SCOPES);
export type ApiTokenScope = z.infer<typeof apiTokenScopeSchema>;
export const API_TOKEN_MAX_DAYS = 365;

export const createApiTokenBodySchema = z.object({
  name: z.string().trim().min(1).max(100),
  scope: apiTokenScopeSchema,
  expiresInDays: z.number().int().min(1).max(API_TOKEN_MAX_DAYS),
});

export const apiTokenSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  scope: apiTokenScopeSchema,
  createdAt: z.iso.datetime({ offset: true }),
  expiresAt: z.iso.datetime({ offset: true }),
  lastUsedAt: z.iso.datetime({ offset: true }).nullable(),
  revokedAt: z.iso.datetime({ offset: true }).nullable(),
});
export type ApiToken = z.infer<typeof apiTokenSchema>;

export const apiTokenListResponseSchema = z.object({ tokens: z.array(apiTokenSchema) });
/** The token itself is in this answer only; the server keeps its hash. */
export const createdApiTokenResponseSchema = z.object({ token: z.string(), apiToken: apiTokenSchema });
export const apiTokenIdParamsSchema = z.object({ id: z.coerce.number().int().positive() });
