import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyCompress from '@fastify/compress';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { isClientRoute } from '#shared/client-routes';
import type { Config } from './config';
import { databasePlugin } from '#server/db/plugin';
import { registerErrorHandling, sendFrameworkError, sendNotFound } from './errors';
import { auditRoutes } from '#server/api/admin/audit/routes';
import { accessPlugin } from '#server/auth/access';
import { authRoutes } from '#server/api/auth/routes';
import { healthRoutes } from '#server/api/health/routes';
import { csvBodyPlugin } from '#server/http/csv';
import { storableTextPlugin } from '#server/http/storable-text';
import { mailRoutes } from '#server/api/admin/outbox/routes';
import { mailDeliveryPlugin } from '#server/mail/plugin';
import { accountRoutes } from '#server/api/auth/account-routes';
import { organisationAdminRoutes } from '#server/api/admin/organisations/routes';
import { organisationRoutes } from '#server/api/organisations/routes';
import { userAdminRoutes } from '#server/api/admin/users/routes';
import { questionBankRoutes } from '#server/api/rounds/question-routes';
import { adminRoundRoutes } from '#server/api/admin/rounds/routes';
import { roundRoutes } from '#server/api/rounds/routes';
import { bankVersionRoutes } from '#server/api/admin/question-bank/routes';
import { registrationRoutes } from '#server/api/registrations/routes';
import { roundAdminRoutes } from '#server/api/admin/rounds/participation-routes';
import { responseExchangeRoutes } from '#server/api/admin/rounds/response-exchange-routes';
import { resultsCachePlugin } from '#server/results/cache';
import { disclosurePlugin } from '#server/results/disclosure/control';
import { resultRoutes } from '#server/api/rounds/result-routes';
import { responseRoutes } from '#server/api/rounds/response-routes';
import { referenceRoutes } from '#server/api/counties/routes';

const WEB_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../web/dist');

/**
 * Responses smaller than this go out uncompressed: below about 1 KiB the
 * bytes saved do not pay for the work (an autosave's answer is ~100 bytes; a
 * round's response-status list is tens of kB and shrinks about tenfold).
 */
export const COMPRESSION_THRESHOLD_BYTES = 1024;

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
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        baseUri: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    crossOriginEmbedderPolicy: false,
  });
  // Brotli or gzip by Accept-Encoding for every text response above the threshold (API JSON, API docs);
  // the built client is compressed at build time and served as such (preCompressed below).
  // Brotli quality 4 (the plugin's default) costs about as much as gzip on the fly.
  await app.register(fastifyCompress, { encodings: ['br', 'gzip'], threshold: COMPRESSION_THRESHOLD_BYTES });
  await app.register(fastifyCookie);
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

  // Feature routes.
  await app.register(healthRoutes);
  await app.register(authRoutes);
  await app.register(auditRoutes);
  await app.register(accountRoutes);
  await app.register(mailRoutes);
  await app.register(userAdminRoutes);
  await app.register(organisationRoutes);
  await app.register(organisationAdminRoutes);
  await app.register(roundRoutes);
  await app.register(adminRoundRoutes);
  await app.register(roundAdminRoutes);
  await app.register(bankVersionRoutes);
  await app.register(registrationRoutes);
  await app.register(questionBankRoutes);
  await app.register(responseExchangeRoutes);
  await app.register(resultRoutes);
  await app.register(responseRoutes);
  await app.register(referenceRoutes);

  if (options.serveClient && existsSync(WEB_DIST)) {
    await app.register(fastifyStatic, {
      root: WEB_DIST,
      wildcard: false,
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
    app.setNotFoundHandler((request, reply) => {
      const pathname = request.url.split('?')[0]!;
      const isPage = request.method === 'GET' && !pathname.startsWith('/api/') && !path.extname(pathname);
      if (!isPage) return sendNotFound(request, reply);
      return reply
        .code(isClientRoute(pathname) ? 200 : 404)
        .type('text/html')
        .sendFile('index.html');
    });
  } else {
    app.setNotFoundHandler(sendNotFound);
  }
  return app;
}
