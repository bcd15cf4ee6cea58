import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import fresh from 'fresh';

export type Cacheable = {
  body: string;
  /** The Content-Type header. */
  type: string;
  /** When the content last changed (second precision on the wire). */
  lastModified: Date;
  /** Cache-Control max-age in seconds. */
  maxAgeSeconds: number;
};

/**
 * Sends a public, cacheable text answer with a validator pair: an ETag from
 * the bytes (weak: compression may re-encode them) and Last-Modified. A
 * conditional GET or HEAD that still matches gets 304 without a body; `fresh`
 * (jshttp) applies RFC 9110's rules (If-None-Match before If-Modified-Since,
 * `Cache-Control: no-cache` in the request). Readable from any origin: the
 * files are public and no credentials are involved.
 */
export function sendCacheable(request: FastifyRequest, reply: FastifyReply, file: Cacheable) {
  const etag = `W/"${createHash('sha256').update(file.body).digest('base64url').slice(0, 32)}"`;
  const lastModified = file.lastModified.toUTCString();
  reply
    .header('etag', etag)
    .header('last-modified', lastModified)
    .header('cache-control', `public, max-age=${file.maxAgeSeconds}`)
    .header('access-control-allow-origin', '*')
    .header('cross-origin-resource-policy', 'cross-origin');
  if (fresh(request.headers, { etag, 'last-modified': lastModified })) return reply.code(304).send();
  return reply.type(file.type).send(file.body);
}
