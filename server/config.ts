import { z } from 'zod';
import { ROLES, type Role } from '#shared/api/roles';
import { SigningKeyInvalid, readSamlSigning, type SamlSigning } from '#server/federation/sp-signing';

const booleanFromEnv = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((value) => ['true', '1', 'yes'].includes(value));

/** The ADMS publisher types (http://purl.org/adms/publishertype/…) DCAT-AP-SE asks every publisher to carry. */
const PUBLISHER_TYPES = [
  'Academia-ScientificOrganisation',
  'Company',
  'IndustryConsortium',
  'LocalAuthority',
  'NationalAuthority',
  'NonGovernmentalOrganisation',
  'NonProfitOrganisation',
  'PrivateIndividual(s)',
  'RegionalAuthority',
  'StandardisationBody',
  'SupraNationalAuthority',
] as const;

const configSchema = z
  .object({
    DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// URL' }).optional(),
    DATA_DIR: z.string().min(1).default('.data'),
    EMBEDDED_DB_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().min(1).default('127.0.0.1'),
    PUBLIC_URL: z.url().optional(),
    DEV_CLIENT_ORIGIN: z.url().optional(),
    ADMIN_EMAIL: z.email().optional(),
    ADMIN_PASSWORD: z.string().min(12, 'must be at least 12 characters').optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    SEED_DEMO: booleanFromEnv.default(true),
    SUPPRESSION_THRESHOLD: z.coerce.number().int().min(1).max(1000).default(5),
    SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
    MAIL_FROM: z.string().min(3).default('Mognad <noreply@mognad.local>'),
    MAIL_RETRY_LIMIT: z.coerce.number().int().min(0).max(50).default(10),
    MAIL_RETRY_DELAY_S: z.coerce.number().int().min(1).max(86_400).default(30),
    MAIL_POLL_INTERVAL_S: z.coerce.number().min(0.5).max(600).default(2),
    MAIL_SWEEP_INTERVAL_S: z.coerce.number().min(0.5).max(86_400).default(60),
    TRUST_PROXY: booleanFromEnv.default(false),
    REMINDER_MIN_INTERVAL_HOURS: z.coerce
      .number()
      .int()
      .min(0)
      .max(24 * 60)
      .default(72),
    RESULTS_CACHE_ENTRIES: z.coerce.number().int().min(0).max(100_000).default(500),
    DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(3_600_000).default(5000),
    DB_LOCK_TIMEOUT_MS: z.coerce.number().int().min(100).max(3_600_000).default(3000),
    DB_ACQUIRE_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(3000),
    DB_LONG_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(1000).max(86_400_000).default(600_000),
    DB_UNREACHABLE_EXIT_S: z.coerce.number().int().min(0).max(86_400).default(0),
    EMBEDDED_DB_RESTART_DEADLINE_S: z.coerce.number().int().min(1).max(3600).default(20),
    OPEN_DATA_PUBLISHER_NAME: z.string().min(2).max(200).default('Sveriges Kommuner och Regioner'),
    OPEN_DATA_PUBLISHER_TYPE: z.enum(PUBLISHER_TYPES).default('NonProfitOrganisation'),
    OPEN_DATA_CONTACT_EMAIL: z.email().optional(),
    MFA_REQUIRED_ROLES: z
      .string()
      .default('admin,analyst')
      .transform((value) => (value.trim() === 'none' ? [] : value.split(',').map((role) => role.trim())))
      .pipe(z.array(z.enum(ROLES, { error: `must be "none" or roles separated by commas (${ROLES.join(', ')})` }))),
    WEBAUTHN_RP_ID: z.string().min(1).optional(),
    WEBAUTHN_RP_NAME: z.string().min(1).default('Mognad'),
    FEDERATION_SECRET_KEY: z
      .string()
      .regex(/^[A-Za-z0-9+/_-]{43}=?$/, 'must be 32 random bytes in base64 (openssl rand -base64 32)')
      .optional(),
    LOGIN_ATTEMPT_RETENTION_DAYS: z.coerce.number().int().min(0).max(3650).default(90),
    HOUSEKEEPING_INTERVAL_MINUTES: z.coerce.number().min(0).max(1440).default(60),
    SAML_METADATA_REFRESH_HOURS: z.coerce.number().min(0).max(720).default(24),
    SAML_SP_KEY_FILE: z.string().min(1).optional(),
    SAML_SP_CERTIFICATE_FILE: z.string().min(1).optional(),
  })
  .refine((env) => (env.ADMIN_EMAIL === undefined) === (env.ADMIN_PASSWORD === undefined), {
    path: ['ADMIN_PASSWORD'],
    message: 'ADMIN_EMAIL and ADMIN_PASSWORD must be set together',
  })
  .refine((env) => (env.SAML_SP_KEY_FILE === undefined) === (env.SAML_SP_CERTIFICATE_FILE === undefined), {
    path: ['SAML_SP_CERTIFICATE_FILE'],
    message: 'SAML_SP_KEY_FILE and SAML_SP_CERTIFICATE_FILE must be set together',
  });

export type Config = {
  databaseUrl: string | undefined;
  dataDir: string;
  embeddedDbPort: number;
  port: number;
  host: string;
  publicUrl: string;
  /** `npm run dev` only: the Vite dev server's origin, whose pages call the API through its proxy. */
  devClientOrigin: string | undefined;
  admin: { email: string; password: string } | undefined;
  logLevel: string;
  seedDemo: boolean;
  suppressionThreshold: number;
  smtpUrl: string | undefined;
  /** Behind a reverse proxy: take client IP and protocol from X-Forwarded-* headers. */
  trustProxy: boolean;
  mailFrom: string;
  /** Mail delivery (docs/decisions/0010): retries after the first attempt, first delay (doubling, with jitter), polling and sweep intervals. */
  mail: { retryLimit: number; retryDelaySeconds: number; pollIntervalSeconds: number; sweepIntervalSeconds: number };
  /** An organisation gets no second reminder for a round within this many hours. */
  reminderMinIntervalHours: number;
  /** Computed results (aggregates, crosstabs, trends) kept in memory; 0 turns the cache off. */
  resultsCacheEntries: number;
  /** Longest a statement may run (server-side statement_timeout; the client gives up shortly after). */
  dbStatementTimeoutMs: number;
  /** Longest a statement may wait for a lock (lock_timeout). */
  dbLockTimeoutMs: number;
  /** Longest a request waits for a pooled connection, or for a new one to be established. */
  dbAcquireTimeoutMs: number;
  /** The limit for administrative work run with withLongStatementTimeout, and for migrations and seeding at start. */
  dbLongStatementTimeoutMs: number;
  /** Exit non-zero once the database has been unreachable this long; 0 never. */
  dbUnreachableExitS: number;
  /** How long the supervisor tries to start a dead embedded PostgreSQL again before the app exits non-zero. */
  embeddedDbRestartDeadlineS: number;
  /** Who publishes the open data (the DCAT-AP-SE catalogue's publisher) and where data users write; docs/open-data.md. */
  openData: { publisherName: string; publisherType: (typeof PUBLISHER_TYPES)[number]; contactEmail: string | undefined };
  /** Roles whose holders must use a second factor (docs/decisions/0024); others may opt in. */
  mfaRequiredRoles: readonly Role[];
  /** WebAuthn relying party: its id (a domain, by default PUBLIC_URL's host name) and the name authenticators show. */
  webauthn: { rpId: string | undefined; rpName: string };
  /** Encrypts identity providers' client secrets at rest (docs/federated-sign-in.md); without it none can be stored. */
  federationSecretKey: Buffer | undefined;
  /** Signs SAML AuthnRequests and LogoutRequests when set; its certificate is in the SP metadata (docs/federated-sign-in.md). */
  samlSigning: SamlSigning | undefined;
  /** How often SAML metadata read from an address is read again; 0 never (it is then read only when saved). */
  samlMetadataRefreshHours: number;
  /** Login attempts (e-mail, IP address) older than this are purged with expired sessions and links; 0 keeps them. */
  loginAttemptRetentionDays: number;
  /** How often expired records are purged (server/housekeeping); 0 never. */
  housekeepingIntervalMinutes: number;
};

export class ConfigError extends Error {}

/** Parses the environment once; the first problem names its variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const nonEmpty = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = configSchema.safeParse(nonEmpty);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError(`Invalid configuration: ${issue.path.join('.')} ${issue.message}`);
  }
  const e = parsed.data;
  let samlSigning: SamlSigning | undefined;
  try {
    samlSigning = e.SAML_SP_KEY_FILE && e.SAML_SP_CERTIFICATE_FILE ? readSamlSigning(e.SAML_SP_KEY_FILE, e.SAML_SP_CERTIFICATE_FILE) : undefined;
  } catch (error) {
    if (error instanceof SigningKeyInvalid) throw new ConfigError(`Invalid configuration: ${error.message}`);
    throw error;
  }
  return {
    databaseUrl: e.DATABASE_URL,
    dataDir: e.DATA_DIR,
    embeddedDbPort: e.EMBEDDED_DB_PORT,
    port: e.PORT,
    host: e.HOST,
    publicUrl: e.PUBLIC_URL ?? `http://localhost:${e.PORT}`,
    devClientOrigin: e.DEV_CLIENT_ORIGIN === undefined ? undefined : new URL(e.DEV_CLIENT_ORIGIN).origin,
    admin: e.ADMIN_EMAIL && e.ADMIN_PASSWORD ? { email: e.ADMIN_EMAIL, password: e.ADMIN_PASSWORD } : undefined,
    logLevel: e.LOG_LEVEL,
    seedDemo: e.SEED_DEMO,
    suppressionThreshold: e.SUPPRESSION_THRESHOLD,
    smtpUrl: e.SMTP_URL,
    trustProxy: e.TRUST_PROXY,
    mailFrom: e.MAIL_FROM,
    mail: {
      retryLimit: e.MAIL_RETRY_LIMIT,
      retryDelaySeconds: e.MAIL_RETRY_DELAY_S,
      pollIntervalSeconds: e.MAIL_POLL_INTERVAL_S,
      sweepIntervalSeconds: e.MAIL_SWEEP_INTERVAL_S,
    },
    reminderMinIntervalHours: e.REMINDER_MIN_INTERVAL_HOURS,
    resultsCacheEntries: e.RESULTS_CACHE_ENTRIES,
    dbStatementTimeoutMs: e.DB_STATEMENT_TIMEOUT_MS,
    dbLockTimeoutMs: e.DB_LOCK_TIMEOUT_MS,
    dbAcquireTimeoutMs: e.DB_ACQUIRE_TIMEOUT_MS,
    dbLongStatementTimeoutMs: e.DB_LONG_STATEMENT_TIMEOUT_MS,
    dbUnreachableExitS: e.DB_UNREACHABLE_EXIT_S,
    embeddedDbRestartDeadlineS: e.EMBEDDED_DB_RESTART_DEADLINE_S,
    openData: { publisherName: e.OPEN_DATA_PUBLISHER_NAME, publisherType: e.OPEN_DATA_PUBLISHER_TYPE, contactEmail: e.OPEN_DATA_CONTACT_EMAIL },
    mfaRequiredRoles: [...new Set(e.MFA_REQUIRED_ROLES)],
    webauthn: { rpId: e.WEBAUTHN_RP_ID, rpName: e.WEBAUTHN_RP_NAME },
    federationSecretKey: e.FEDERATION_SECRET_KEY === undefined ? undefined : Buffer.from(e.FEDERATION_SECRET_KEY, 'base64'),
    samlSigning,
    samlMetadataRefreshHours: e.SAML_METADATA_REFRESH_HOURS,
    loginAttemptRetentionDays: e.LOGIN_ATTEMPT_RETENTION_DAYS,
    housekeepingIntervalMinutes: e.HOUSEKEEPING_INTERVAL_MINUTES,
  };
}
