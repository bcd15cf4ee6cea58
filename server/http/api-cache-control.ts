import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/**
 * API answers are about someone (a session, an organisation's answers, its results): the browser and any proxy
 * keep none of them (`Cache-Control: no-store`), unless the route set its own rule (the open-data files:
 * server/http/cacheable.ts). A page's HTML preloads some of them (docs/decisions/0031): the preload is held for
 * that page only, and Chromium hands a `no-store` preload to the page's fetch all the same
 * (test/browser/page-preloads.test.ts).
 */
export const apiCacheControlPlugin = fp(async (app: FastifyInstance) => {
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
    return payload;
  });
});
