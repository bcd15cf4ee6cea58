import { sql } from 'kysely';
import type { Db } from '#server/db/sql';
import { hashToken } from '#server/auth/tokens';

/**
 * One redirect to an identity provider under way: keyed by the hash of the
 * OIDC `state` or the SAML AuthnRequest id, used once (taken = deleted), and
 * good for 10 minutes. It remembers the domain the person typed, so the
 * identity that comes back must be of that domain.
 */
export const LOGIN_LIFETIME_MS = 10 * 60 * 1000;

export type PendingLogin = {
  providerId: number;
  domain: string;
  returnTo: string;
  codeVerifier?: string;
  nonce?: string;
  /** The hash of the binding cookie set in the browser that started it (OIDC). */
  browserHash?: string;
};

export async function savePendingLogin(db: Db, key: string, login: PendingLogin) {
  await db
    .insertInto('federated_login')
    .values({
      key_hash: hashToken(key),
      provider_id: login.providerId,
      domain: login.domain,
      return_to: login.returnTo,
      code_verifier: login.codeVerifier ?? null,
      nonce: login.nonce ?? null,
      browser_hash: login.browserHash ?? null,
      expires_at: new Date(Date.now() + LOGIN_LIFETIME_MS),
    })
    .execute();
  // Logins abandoned at the provider: cleared as new ones start.
  await db
    .deleteFrom('federated_login')
    .where('expires_at', '<', sql<Date>`now() - interval '1 hour'`)
    .execute();
}

/** Takes (reads and deletes) a live pending login: a replayed state or response finds none. */
export async function takePendingLogin(db: Db, key: string) {
  return db
    .deleteFrom('federated_login')
    .where('key_hash', '=', hashToken(key))
    .where('expires_at', '>', sql<Date>`now()`)
    .returningAll()
    .executeTakeFirst();
}

/** Whether a pending login exists, without taking it (node-saml's InResponseTo check reads before the assertion is accepted). */
export async function peekPendingLogin(db: Db, key: string) {
  return db
    .selectFrom('federated_login')
    .selectAll()
    .where('key_hash', '=', hashToken(key))
    .where('expires_at', '>', sql<Date>`now()`)
    .executeTakeFirst();
}
