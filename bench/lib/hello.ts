import type { FastifyInstance } from 'fastify';

/**
 * The throughput ceiling: a route in the same server (same hooks, helmet,
 * logger settings) that does no work. Registered by the benchmark only,
 * outside /api, so it never exists in the production app.
 */
export async function helloPlugin(app: FastifyInstance): Promise<void> {
  app.get('/bench/hello', async () => ({ hello: 'world' }));
}
