import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * Client secrets of identity providers, encrypted at rest with AES-256-GCM
 * under FEDERATION_SECRET_KEY (32 bytes, never stored in the database, never
 * logged). Stored as `v1.<iv>.<tag>.<ciphertext>` in base64url; the provider's
 * id is authenticated with it, so a secret copied to another row fails.
 */
const VERSION = 'v1';

export class SecretKeyMissing extends Error {
  constructor() {
    super('FEDERATION_SECRET_KEY is not set: client secrets cannot be stored or read.');
  }
}

export function encryptSecret(key: Buffer | undefined, plaintext: string, context: string): string {
  if (!key) throw new SecretKeyMissing();
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(context));
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return [VERSION, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), ciphertext.toString('base64url')].join('.');
}

export function decryptSecret(key: Buffer | undefined, stored: string, context: string): string {
  if (!key) throw new SecretKeyMissing();
  const [version, iv, tag, ciphertext] = stored.split('.');
  if (version !== VERSION || !iv || !tag || ciphertext === undefined) throw new Error('Unknown format of a stored secret.');
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
  decipher.setAAD(Buffer.from(context));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
}

/** The authenticated context of a provider's client secret. */
export const secretContext = (providerId: number) => `identity_provider:${providerId}:oidc_client_secret`;
