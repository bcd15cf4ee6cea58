import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '#server/app';
import { loadConfig } from '#server/config';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '#server/db/embedded';
import { prepareDatabase } from '#server/seed/prepare';
import { freePort } from '../scripts/free-port';
import { injectFromOwnOrigin } from './support/app';

// This file runs its own PostgreSQL, so it can stop and start it under a running app.
const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };
let dataDir: string;
let port: number;
let database: EmbeddedDatabase;
let app: FastifyInstance;

const startDatabase = () => startEmbeddedPostgres({ dataDir, port, logger: silent });

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'mognad-outage-'));
  await chmod(dataDir, 0o755);
  port = await freePort();
  database = await startDatabase();
  const config = loadConfig({ SEED_DEMO: 'false', LOG_LEVEL: 'silent' });
  app = await buildApp({ config, databaseUrl: database.url });
  injectFromOwnOrigin(app);
  await app.ready();
  await prepareDatabase(app.db, config, silent);
});

afterAll(async () => {
  await app?.close();
  await database?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

async function eventually(check: () => Promise<boolean>, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('condition not met in time');
}

describe('database outage', () => {
  it('answers 503 in the error shape while PostgreSQL is down, and recovers by itself', async () => {
    expect((await app.inject({ url: '/api/health' })).statusCode).toBe(200);
    await database.stop();

    const health = await app.inject({ url: '/api/health' });
    expect(health.statusCode).toBe(503);
    expect(health.json()).toEqual({ status: 'unavailable', database: 'unreachable' });
    expect(health.headers['retry-after']).toBe('5');

    const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'a@example.se', password: 'whatever' } });
    expect(login.statusCode).toBe(503);
    expect(login.json()).toEqual({ error: { code: 'database_unavailable', message: expect.any(String) } });
    expect(login.headers['retry-after']).toBe('5');

    database = await startDatabase();
    await eventually(async () => (await app.inject({ url: '/api/health' })).statusCode === 200);
    const after = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'a@example.se', password: 'whatever' } });
    expect(after.statusCode).toBe(401);
  });
});
