import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { buildApp } from '#server/app';
import { loadConfig } from '#server/config';
import { injectFromOwnOrigin, TEST_APP_ENV } from '../../support/app';
import { createTestDatabase } from '../../support/database';

const BUILT_CLIENT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../web/dist/index.html');

export type BrowserTestServer = {
  /** e.g. http://127.0.0.1:41234 */
  baseUrl: string;
  /** The running app, e.g. for app.inject() to arrange data, or app.db. */
  app: FastifyInstance;
  databaseUrl: string;
  /** An absolute URL for a path on the app: url('/logga-in'). */
  url(pathname: string): string;
};

/**
 * Starts the real app (API + built client) on 127.0.0.1 and a free port, on a
 * fresh database of its own. web/dist is built by test/global-setup.ts.
 */
export async function startBrowserTestServer(env: Record<string, string> = {}): Promise<BrowserTestServer & { stop(): Promise<void> }> {
  if (!existsSync(BUILT_CLIENT)) {
    throw new Error(`${BUILT_CLIENT} is missing: test/global-setup.ts should have built it (npm run build).`);
  }
  const database = await createTestDatabase();
  const config = loadConfig({ ...TEST_APP_ENV, ...env });
  const app = await buildApp({ config, databaseUrl: database.url, serveClient: true });
  try {
    await app.listen({ host: '127.0.0.1', port: 0 });
  } catch (error) {
    await app.close();
    await database.drop();
    throw error;
  }
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('The app is not listening on a TCP port.');
  const baseUrl = `http://127.0.0.1:${address.port}`;
  // The port is known only now: the page's origin is PUBLIC_URL, as in production (links in mail, the CSRF check).
  if (env.PUBLIC_URL === undefined) app.config.publicUrl = baseUrl;
  injectFromOwnOrigin(app);
  return {
    baseUrl,
    app,
    databaseUrl: database.url,
    url: (pathname) => new URL(pathname, baseUrl).toString(),
    stop: async () => {
      await app.close();
      await database.drop();
    },
  };
}

/** Registers hooks that start the app for this test file and stop it afterwards; returns a holder filled before the first test. */
export function useBrowserTestServer(env: Record<string, string> = {}): BrowserTestServer {
  const holder = {} as BrowserTestServer;
  let stop: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const server = await startBrowserTestServer(env);
    stop = server.stop;
    Object.assign(holder, { baseUrl: server.baseUrl, app: server.app, databaseUrl: server.databaseUrl, url: server.url });
  });
  afterAll(async () => {
    await stop?.();
  });
  return holder;
}
