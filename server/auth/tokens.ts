import { hash, randomBytes } from 'node:crypto';

/** A random secret for a cookie or link; only its hash is ever stored. */
export function newSecretToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashToken(token) };
}

/**
 * SHA-256 in hex. Every authenticated request hashes its session token: the
 * one-shot crypto.hash costs about a quarter of a Hash object's
 * createHash().update().digest() (bench/RESULTS.md, session 13).
 */
export const hashToken = (token: string) => hash('sha256', token, 'hex');
