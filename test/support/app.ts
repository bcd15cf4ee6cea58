import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { buildApp } from '../../server/app';
import { loadConfig, type Config } from '../../server/config';
import { createTestDatabase } from './database';

export type TestContext = { app: FastifyInstance; config: Config; databaseUrl: string };

/**
 * Registers hooks that build the app on its own fresh database for this test
 * file, and returns a holder filled in before the first test runs.
 */
export function useTestApp(env: Record<string, string> = {}): TestContext {
  const context = {} as TestContext;
  let drop: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const database = await createTestDatabase();
    drop = database.drop;
    context.config = loadConfig({ SEED_DEMO: 'false', LOG_LEVEL: 'silent', ...env });
    context.databaseUrl = database.url;
    context.app = await buildApp({ config: context.config, databaseUrl: database.url });
    await context.app.ready();
  });
  afterAll(async () => {
    await context.app?.close();
    await drop?.();
  });
  return context;
}
