import type { FastifyRequest } from 'fastify';
import type { Config } from '../config';
import { forbidden } from '../errors';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** PUBLIC_URL's origin, and in `npm run dev` the Vite dev server's: never the request's own Host, which the caller chooses. */
export function trustedOrigins(config: Pick<Config, 'publicUrl' | 'devClientOrigin'>): string[] {
  return [new URL(config.publicUrl).origin, ...(config.devClientOrigin ? [config.devClientOrigin] : [])];
}

/**
 * CSRF defence (docs/decisions/0011): a request that may change something
 * must show where it comes from. With an Origin header, that origin must be
 * trusted; without one, the browser's Sec-Fetch-Site must say same-origin (or
 * none: typed by the user). A request with neither is refused: every browser
 * this app supports sends one of them, and scripts send `Origin: <PUBLIC_URL>`.
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
  if (fetchSite === undefined) {
    throw forbidden(`A request that changes something must say where it comes from: send the header Origin: ${own}.`);
  }
}
