import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyCompress from '@fastify/compress';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { isClientRoute } from '#shared/client-routes';
import type { Config } from './config';
import { databasePlugin } from '#server/db/plugin';
import { registerErrorHandling, sendFrameworkError, sendNotFound } from './errors';
import { accessPlugin } from '#server/auth/access';
import * as adminAudit from '#server/api/admin/audit/index';
import * as adminIdentityProviders from '#server/api/admin/identity-providers/index';
import * as adminOrganisations from '#server/api/admin/organisations/index';
import * as adminOutbox from '#server/api/admin/outbox/index';
import * as adminQuestionBank from '#server/api/admin/question-bank/index';
import * as adminRounds from '#server/api/admin/rounds/index';
import * as adminUsers from '#server/api/admin/users/index';
import * as accountTokens from '#server/api/account/tokens/index';
import * as auth from '#server/api/auth/index';
import * as authMfa from '#server/api/auth/mfa/index';
import * as authFederation from '#server/api/auth/federation/index';
import * as counties from '#server/api/counties/index';
import * as health from '#server/api/health/index';
import * as my from '#server/api/my/index';
import * as openData from '#server/api/open-data/index';
import * as openDataFiles from '#server/api/oppna-data/index';
import * as organisations from '#server/api/organisations/index';
import * as registrations from '#server/api/registrations/index';
import * as results from '#server/api/results/index';
import * as rounds from '#server/api/rounds/index';
import * as reports from '#server/api/reports/index';
import { reportPageStatus } from '#server/api/reports/page-status';
import { loadPageHtml, readerOrganisations } from '#server/http/page-html';
import { apiCacheControlPlugin } from '#server/http/api-cache-control';
import { csvBodyPlugin } from '#server/http/csv';
import { storableTextPlugin } from '#server/http/storable-text';
import { securityHeadersPlugin } from '#server/http/security-headers';
import { mailDeliveryPlugin } from '#server/mail/plugin';
import { metadataRefreshPlugin } from '#server/federation/metadata-refresh-plugin';
import { housekeepingPlugin } from '#server/housekeeping/plugin';
import { resultsCachePlugin } from '#server/results/cache';
import { disclosurePlugin } from '#server/results/disclosure/control';
// The plugins registered here add to Fastify's types (each module's `declare module 'fastify'`). A program that reads
// the server as declarations (tsconfig.test.json, built by `tsc -b`) sees those additions only through imports that
// survive in this file's .d.ts: a bare import does, one used only as a value does not. docs/decisions/0026.
import '@fastify/compress';
import '@fastify/cookie';
import '@fastify/static';
import '@fastify/swagger';
import '@fastify/swagger-ui';
import '#server/auth/access';
import '#server/auth/guard';
import '#server/db/plugin';
import '#server/mail/plugin';
import '#server/results/cache';
import '#server/results/disclosure/control';

const WEB_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../web/dist');

/**
 * Responses smaller than this go out uncompressed: below about 1 KiB the
 * bytes saved do not pay for the work (an autosave's answer is ~100 bytes; a
 * round's response-status list is tens of kB and shrinks about tenfold).
 */
export const COMPRESSION_THRESHOLD_BYTES = 1024;

/** Every URL feature, one per prefix; a new feature is a new folder under server/api/ and a line here. */
const API_FEATURES = [
  health,
  auth,
  authFederation,
  my,
  counties,
  organisations,
  registrations,
  results,
  rounds,
  reports,
  adminAudit,
  adminIdentityProviders,
  adminOrganisations,
  adminOutbox,
  adminQuestionBank,
  adminRounds,
  adminUsers,
  openData,
  openDataFiles,
  authMfa,
  accountTokens,
];

declare module 'fastify' {
  interface FastifyInstance {
    config: Config;
  }
}

export type AppOptions = {
  config: Config;
  databaseUrl: string;
  logger?: FastifyServerOptions['logger'];
  /** Serve the built client from web/dist (off in API tests). */
  serveClient?: boolean;
};

/** Builds the whole app without listening: main.ts starts it, tests inject into it. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    // Only behind a proxy may X-Forwarded-* decide the client IP (rate limits) and https (Secure cookies).
    trustProxy: options.config.trustProxy,
    bodyLimit: 2 * 1024 * 1024,
    frameworkErrors: sendFrameworkError,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('config', options.config);
  registerErrorHandling(app);

  // External plugins, in order: security headers, cookies, API docs, database.
  await app.register(securityHeadersPlugin);
  // Brotli or gzip by Accept-Encoding for every text response above the threshold (API JSON, API docs);
  // the built client is compressed at build time and served as such (preCompressed below).
  // Brotli quality 4 (the plugin's default) costs about as much as gzip on the fly.
  await app.register(fastifyCompress, { encodings: ['br', 'gzip'], threshold: COMPRESSION_THRESHOLD_BYTES });
  await app.register(fastifyCookie);
  // API answers are not stored by the browser or proxies (server/http/api-cache-control.ts).
  await app.register(apiCacheControlPlugin);
  await app.register(fastifySwagger, {
    openapi: {
      info: { title: 'Mognad API', description: 'Self-assessment of municipal information security work', version: '0.1.0' },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
  await app.register(databasePlugin, { connectionString: options.databaseUrl });

  // Application plugins: who is calling, and may they; request text PostgreSQL can store; the results cache.
  await app.register(accessPlugin);
  await app.register(csvBodyPlugin);
  await app.register(storableTextPlugin);
  await app.register(resultsCachePlugin);
  await app.register(disclosurePlugin);
  // Mail delivery through the queue (with SMTP_URL): starts on ready, stops before the pool closes.
  await app.register(mailDeliveryPlugin);
  await app.register(metadataRefreshPlugin);
  await app.register(housekeepingPlugin);

  // Feature routes: each folder under server/api/ owns one URL prefix (docs/architecture.md).
  for (const feature of API_FEATURES) await app.register(feature.routes, { prefix: feature.prefix });

  if (options.serveClient && existsSync(WEB_DIST)) {
    await app.register(fastifyStatic, {
      root: WEB_DIST,
      wildcard: false,
      // Page addresses, `/` among them, get index.html with their preloads from the not-found handler below.
      index: false,
      // A route per built file, not per compressed copy: send finds the .br/.gz beside the file it serves. A third of
      // the routes, and a third of what registering them costs every start (and every test file's app).
      globIgnore: ['**/*.br', '**/*.gz'],
      cacheControl: false,
      // The build writes .br and .gz beside each text file (vite.config.ts): sent by Accept-Encoding, with Vary.
      preCompressed: true,
      // Vite names built assets by content hash: cache them for good; always revalidate the rest (index.html).
      setHeaders: (reply, filePath) => {
        const hashed = filePath.includes(`${path.sep}assets${path.sep}`);
        reply.header('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
    // SPA fallback: page addresses get index.html, with 200 for the client's routes and 404 for any
    // other (the client then shows its not-found page); unknown API paths and files stay 404 in the error shape.
    // A route's index.html names what its page will need (server/http/page-html.ts, docs/decisions/0031).
    const pageHtml = loadPageHtml(WEB_DIST, { log: app.log, reader: (request) => readerOrganisations(app, request) });
    app.setNotFoundHandler(async (request, reply) => {
      const pathname = request.url.split('?')[0]!;
      const isPage = request.method === 'GET' && !pathname.startsWith('/api/') && !path.extname(pathname);
      if (!isPage) return sendNotFound(request, reply);
      const status = (await reportPageStatus(app.db, pathname)) ?? (isClientRoute(pathname) ? 200 : 404);
      return pageHtml.send(request, reply, pathname, status);
    });
  } else {
    app.setNotFoundHandler(sendNotFound);
  }
  return app;
}
