import type { FastifyInstance } from 'fastify';
import type { InjectOptions } from 'light-my-request';
import { afterAll, beforeAll } from 'vitest';
import { buildApp } from '#server/app';
import { loadConfig, type Config } from '#server/config';
import { createTestDatabase } from './database';

export type LogLine = { level: number; msg: string; err?: { message: string; stack?: string } };
/** `errorLogs`: what the app logged at level error or above (only with `captureErrorLogs`). */
export type TestContext = { app: FastifyInstance; config: Config; databaseUrl: string; errorLogs: LogLine[] };

/**
 * The configuration every test app starts from; a test's own values win. The database waits are longer than
 * production's 3–5 s: on a busy test machine a slow answer is not a stalled database, and a 503 from it would be
 * a flake. test/database-timeouts.test.ts sets short limits to test them, and the tests that run the real server
 * process (startup, supervision, crash safety) run it with the production defaults.
 */
export const TEST_APP_ENV: Record<string, string> = {
  SEED_DEMO: 'false',
  LOG_LEVEL: 'silent',
  DB_STATEMENT_TIMEOUT_MS: '30000',
  DB_LOCK_TIMEOUT_MS: '30000',
  DB_ACQUIRE_TIMEOUT_MS: '30000',
  // Test users log in with a password alone; the MFA tests (test/mfa*.test.ts) turn the requirement on.
  MFA_REQUIRED_ROLES: 'none',
  // No background reads of SAML metadata: test/federation-metadata-refresh.test.ts runs them when it means to.
  SAML_METADATA_REFRESH_HOURS: '0',
  // Nor purges: test/housekeeping.test.ts runs them, and other files' expired sessions stay for their own checks.
  HOUSEKEEPING_INTERVAL_MINUTES: '0',
};

/**
 * Registers hooks that build the app on its own fresh database for this test
 * file, and returns a holder filled in before the first test runs.
 */
export function useTestApp(env: Record<string, string> = {}, options: { captureErrorLogs?: boolean } = {}): TestContext {
  const context = { errorLogs: [] as LogLine[] } as TestContext;
  let drop: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const database = await createTestDatabase();
    drop = database.drop;
    context.config = loadConfig({ ...TEST_APP_ENV, ...env });
    context.databaseUrl = database.url;
    const logger = options.captureErrorLogs
      ? { level: 'error', stream: { write: (line: string) => void context.errorLogs.push(JSON.parse(line) as LogLine) } }
      : undefined;
    context.app = await buildApp({ config: context.config, databaseUrl: database.url, logger });
    injectFromOwnOrigin(context.app);
    await context.app.ready();
  });
  afterAll(async () => {
    await context.app?.close();
    await drop?.();
  });
  return context;
}

/**
 * Makes app.inject send what a browser on the app's own page sends: an Origin
 * header of PUBLIC_URL, which the CSRF check asks of every request that may
 * change something (docs/decisions/0011). A request that names `origin` or
 * `sec-fetch-site` itself keeps exactly its headers; a header given as
 * undefined is left out (`origin: undefined` sends none).
 */
export function injectFromOwnOrigin(app: FastifyInstance): void {
  const inject = app.inject.bind(app) as (options: InjectOptions) => ReturnType<FastifyInstance['inject']>;
  const origin = new URL(app.config.publicUrl).origin;
  const withOrigin = (options: InjectOptions): InjectOptions => {
    const headers = options.headers ?? {};
    const explicit = 'origin' in headers || 'sec-fetch-site' in headers;
    const given = Object.fromEntries(Object.entries(headers).filter(([, value]) => value !== undefined));
    return { ...options, headers: explicit ? given : { origin, ...given } };
  };
  app.inject = (options?: InjectOptions | string) =>
    options === undefined || typeof options === 'string' ? inject(options as InjectOptions) : inject(withOrigin(options));
}
