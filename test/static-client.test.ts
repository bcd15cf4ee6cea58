import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, COMPRESSION_THRESHOLD_BYTES } from '#server/app';
import { loadConfig } from '#server/config';
import { createTestDatabase } from './support/database';

// The built client as `npm start` serves it (test/global-setup.ts builds web/dist when stale).
const WEB_DIST = path.resolve(import.meta.dirname, '../web/dist');
const TEXT_FILE = /\.(html|js|css|json|svg|txt|webmanifest)$/;
/** vite.config.ts precompresses text files above this size (index.html is just under 1 KiB). */
const BUILD_COMPRESSION_THRESHOLD_BYTES = 512;
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
    for (const url of [
      '/',
      '/enkat',
      '/enkat/',
      '/enkat/2026/165',
      '/enkat/2026/165/granska',
      '/administration/omgangar/2026',
      '/logga-in?nasta=%2Fkonto',
    ]) {
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
    // The build manifest (web/dist/.vite) is the server's to read, not the public's.
    for (const url of ['/api/nothing-here', '/api/unknown', '/assets/missing.js', '/.vite/manifest.json']) {
      const response = await app.inject({ url });
      expect(response.statusCode, url).toBe(404);
      expect(response.headers['content-type'], url).toContain('application/json');
      expect(response.json().error.code).toBe('not_found');
    }
  });
});

/** Every file under web/dist except the precompressed copies and dot directories (the build manifest: not served), as URL paths. */
function builtFiles(dir = WEB_DIST): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (name.startsWith('.')) return [];
    if (statSync(file).isDirectory()) return builtFiles(file);
    return /\.(br|gz)$/.test(name) ? [] : ['/' + path.relative(WEB_DIST, file).split(path.sep).join('/')];
  });
}

const decoders = { br: brotliDecompressSync, gzip: gunzipSync } as const;

describe('compressing what the server sends', () => {
  it('serves every text file of the build worth compressing as its precompressed brotli or gzip copy by Accept-Encoding, with Vary', async () => {
    const textFiles = builtFiles().filter((url) => TEXT_FILE.test(url));
    const worthIt = textFiles.filter((url) => statSync(path.join(WEB_DIST, url)).size > BUILD_COMPRESSION_THRESHOLD_BYTES);
    expect(worthIt).toContain('/index.html');
    expect(worthIt.filter((url) => url.endsWith('.js')).length).toBeGreaterThan(10);
    for (const url of worthIt) {
      const original = readFileSync(path.join(WEB_DIST, url));
      for (const [acceptEncoding, encoding] of [
        ['gzip, deflate, br, zstd', 'br'],
        ['gzip', 'gzip'],
      ] as const) {
        const response = await app.inject({ url, headers: { 'accept-encoding': acceptEncoding } });
        expect(response.statusCode, url).toBe(200);
        expect(response.headers['content-encoding'], `${url} with ${acceptEncoding}`).toBe(encoding);
        expect(response.headers.vary, url).toMatch(/accept-encoding/i);
        expect(response.rawPayload.length, url).toBeLessThan(original.length);
        expect(decoders[encoding](response.rawPayload).equals(original), `${url} decodes to the file`).toBe(true);
        // Compressed at build time, not on every request: the bytes are the build's .br/.gz file.
        const precompressed = readFileSync(path.join(WEB_DIST, `${url}.${encoding === 'br' ? 'br' : 'gz'}`));
        expect(response.rawPayload.equals(precompressed), `${url} served from its .${encoding} file`).toBe(true);
      }
      const plain = await app.inject({ url, headers: { 'accept-encoding': 'identity' } });
      expect(plain.headers['content-encoding'], url).toBeUndefined();
      expect(plain.rawPayload.equals(original), url).toBe(true);
    }
  });

  it('keeps the cache rules for compressed answers: hashed assets for good, index.html revalidated', async () => {
    const index = await app.inject({ url: '/resultat', headers: { 'accept-encoding': 'br' } });
    expect(index.headers['content-encoding']).toBe('br');
    expect(index.headers['cache-control']).toBe('no-cache');
    const html = brotliDecompressSync(index.rawPayload).toString();
    expect(html).toContain('<div id="root">');
    const asset = html.match(/\/assets\/[^"]+\.js/)![0];
    const response = await app.inject({ url: asset, headers: { 'accept-encoding': 'gzip' } });
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('compresses API JSON above the threshold and leaves small answers as they are', async () => {
    const large = await app.inject({ url: '/api/docs/json', headers: { 'accept-encoding': 'br, gzip' } });
    expect(large.statusCode).toBe(200);
    expect(large.headers['content-type']).toContain('application/json');
    expect(large.headers['content-encoding']).toBe('br');
    expect(large.headers.vary).toMatch(/accept-encoding/i);
    const json = brotliDecompressSync(large.rawPayload);
    expect(json.length).toBeGreaterThan(COMPRESSION_THRESHOLD_BYTES);
    expect(JSON.parse(json.toString()).openapi).toBeDefined();

    const gzip = await app.inject({ url: '/api/docs/json', headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(gzip.rawPayload).toString())).toEqual(JSON.parse(json.toString()));

    const small = await app.inject({ url: '/api/health', headers: { 'accept-encoding': 'br, gzip' } });
    expect(small.statusCode).toBe(200);
    expect(small.rawPayload.length).toBeLessThan(COMPRESSION_THRESHOLD_BYTES);
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(small.json()).toMatchObject({ status: 'ok' });
  });
});
