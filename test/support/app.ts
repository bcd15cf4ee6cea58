import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { buildApp } from '../../server/app';
import { loadConfig, type Config } from '../../server/config';
import { createTestDatabase } from './database';

export type LogLine = { level: number; msg: string; err?: { message: string; stack?: string } };
/** `errorLogs`: what the app logged at level error or above (only with `captureErrorLogs`). */
export type TestContext = { app: FastifyInstance; config: Config; databaseUrl: string; errorLogs: LogLine[] };

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
    context.config = loadConfig({ SEED_DEMO: 'false', LOG_LEVEL: 'silent', ...env });
    context.databaseUrl = database.url;
    const logger = options.captureErrorLogs
      ? { level: 'error', stream: { write: (line: string) => void context.errorLogs.push(JSON.parse(line) as LogLine) } }
      : undefined;
    context.app = await buildApp({ config: context.config, databaseUrl: database.url, logger });
    await context.app.ready();
  });
  afterAll(async () => {
    await context.app?.close();
    await drop?.();
  });
  return context;
}
