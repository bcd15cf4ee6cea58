import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../server/app';
import { loadConfig } from '../server/config';
import { createTestDatabase } from './support/database';

// The built client as `npm start` serves it (test/global-setup.ts builds web/dist when stale).
let app: FastifyInstance;
let drop: () => Promise<void>;

beforeAll(async () => {
  const database = await createTestDatabase();
  drop = database.drop;
  app = await buildApp({ config: loadConfig({ SEED_DEMO: 'false', LOG_LEVEL: 'silent' }), databaseUrl: database.url, serveClient: true });
  await app.ready();
});
afterAll(async () => {
  await app?.close();
  await drop?.();
});

describe('serving the built client', () => {
  it('answers client routes with index.html, never cached without revalidation', async () => {
    const page = await app.inject({ url: '/enkat/2026/1' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.body).toContain('<div id="root">');
  });

  it('answers every client route pattern with 200, dynamic segments included', async () => {
    for (const url of ['/', '/enkat', '/enkat/', '/enkat/2026/165', '/enkat/2026/165/granska', '/administration/omgangar/2026', '/logga-in?nasta=%2Fkonto']) {
      const page = await app.inject({ url });
      expect(page.statusCode, url).toBe(200);
      expect(page.body, url).toContain('<div id="root">');
    }
  });

  it('answers unknown page addresses with 404 and index.html, so the client shows its not-found page', async () => {
    for (const url of ['/finns-inte', '/enkat/2026', '/enkat/2026/165/granska/mer', '/administration/omgangar/2026/x']) {
      const page = await app.inject({ url });
      expect(page.statusCode, url).toBe(404);
      expect(page.headers['content-type'], url).toContain('text/html');
      expect(page.headers['cache-control'], url).toBe('no-cache');
      expect(page.body, url).toContain('<div id="root">');
    }
  });

  it('caches content-hashed assets for good', async () => {
    const index = await app.inject({ url: '/' });
    const asset = index.body.match(/\/assets\/[^"]+\.js/)?.[0];
    expect(asset).toBeDefined();
    const response = await app.inject({ url: asset! });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('keeps unknown API paths and missing files as 404 in the error shape', async () => {
    for (const url of ['/api/nothing-here', '/api/unknown', '/assets/missing.js']) {
      const response = await app.inject({ url });
      expect(response.statusCode, url).toBe(404);
      expect(response.headers['content-type'], url).toContain('application/json');
      expect(response.json().error.code).toBe('not_found');
    }
  });
});
