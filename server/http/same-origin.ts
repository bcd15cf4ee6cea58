import type { FastifyRequest } from 'fastify';
import type { Config } from '#server/config';
import { forbidden } from '#server/errors';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const LOOPBACK = ['localhost', '127.0.0.1', '[::1]'];

/**
 * PUBLIC_URL's origin, and in `npm run dev` the Vite dev server's: never the
 * request's own Host, which the caller chooses. A loopback PUBLIC_URL (the
 * default) stands for every spelling of loopback on its port, so the app
 * opened at http://127.0.0.1:3000 works as at http://localhost:3000; no
 * other site can present a loopback origin.
 */
export function trustedOrigins(config: Pick<Config, 'publicUrl' | 'devClientOrigin'>): string[] {
  const own = new URL(config.publicUrl);
  const spellings = LOOPBACK.includes(own.hostname)
    ? LOOPBACK.map((host) => `${own.protocol}//${host}${own.port ? `:${own.port}` : ''}`)
    : [own.origin];
  return [...spellings, ...(config.devClientOrigin ? [config.devClientOrigin] : [])];
}

/**
 * Bodies a page on another site cannot send without a CORS preflight, which
 * this server never grants: a request carrying one and neither Origin nor
 * Sec-Fetch-Site is a script (curl, an analyst's program), not a browser.
 */
const PREFLIGHTED_TYPES = ['application/json', 'text/csv'];
const isPreflighted = (request: FastifyRequest) => {
  const type = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  return PREFLIGHTED_TYPES.includes(type);
};

/**
 * CSRF defence (docs/decisions/0011): a request that may change something
 * must show where it comes from. With an Origin header, that origin must be
 * trusted; without one, the browser's Sec-Fetch-Site must say same-origin (or
 * none: typed by the user). A request with neither is a script: accepted with
 * a JSON or CSV body (which no other site can make a browser send), refused
 * otherwise (a bodiless or form POST must name its origin).
 */
export function assertSameOrigin(request: FastifyRequest, config: Pick<Config, 'publicUrl' | 'devClientOrigin'>): void {
  if (SAFE_METHODS.has(request.method)) return;
  const fetchSite = request.headers['sec-fetch-site'];
  if (fetchSite !== undefined && fetchSite !== 'same-origin' && fetchSite !== 'none') {
    throw forbidden('Cross-site requests are not allowed.');
  }
  const origin = request.headers.origin;
  const own = new URL(config.publicUrl).origin;
  if (origin !== undefined) {
    // Says which origin is expected: opening the app at another address than PUBLIC_URL is the usual cause.
    if (!trustedOrigins(config).includes(origin)) throw forbidden(`Cross-site requests are not allowed: changes are accepted from ${own} only.`);
    return;
  }
  if (fetchSite === undefined && !isPreflighted(request)) {
    throw forbidden(`A request that changes something must say where it comes from: send the header Origin: ${own}.`);
  }
}
