import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type AuthenticatorTransport,
  type RegistrationResponseJSON,
} from '@simplewebauthn/server';
import { sql } from 'kysely';
import type { Config } from '#server/config';
import type { Db } from '#server/db/sql';
import { trustedOrigins } from '#server/http/same-origin';
import { hashToken } from '#server/auth/tokens';

type RelyingPartyConfig = Pick<Config, 'publicUrl' | 'devClientOrigin' | 'webauthn'>;

const LOOPBACK_ADDRESSES = ['127.0.0.1', '[::1]'];

/**
 * The relying party: WEBAUTHN_RP_ID, or PUBLIC_URL's host name. Browsers take
 * no IP address as an RP id, so a loopback PUBLIC_URL (the default) is
 * `localhost`: passkeys then work at http://localhost:PORT.
 */
export function relyingParty(config: RelyingPartyConfig) {
  const host = new URL(config.publicUrl).hostname;
  const rpId = config.webauthn.rpId ?? (LOOPBACK_ADDRESSES.includes(host) ? 'localhost' : host);
  return { rpId, rpName: config.webauthn.rpName, origins: trustedOrigins(config) };
}

/** The session the challenge belongs to: it is kept on the session row, and spent by the verification. */
async function storeChallenge(db: Db, sessionHash: string, challenge: string) {
  await db.updateTable('session').set({ webauthn_challenge: challenge }).where('id_hash', '=', sessionHash).execute();
}

async function takeChallenge(db: Db, sessionHash: string): Promise<string | null> {
  // Read and cleared in one statement: a challenge answers one verification only.
  const { rows } = await sql<{ challenge: string | null }>`
    update session s set webauthn_challenge = null
    from (select id_hash, webauthn_challenge from session where id_hash = ${sessionHash} for update) old
    where s.id_hash = old.id_hash
    returning old.webauthn_challenge as challenge`.execute(db);
  return rows[0]?.challenge ?? null;
}

const passkeysOf = (db: Db, userId: number) =>
  db.selectFrom('user_passkey').select(['id', 'credential_id', 'public_key', 'counter', 'transports']).where('user_id', '=', userId).execute();

const asTransports = (stored: string[]) => stored as AuthenticatorTransport[];

export async function passkeyRegistrationOptions(
  db: Db,
  config: RelyingPartyConfig,
  sessionHash: string,
  user: { id: number; email: string; name: string },
) {
  const { rpId, rpName } = relyingParty(config);
  const existing = await passkeysOf(db, user.id);
  const options = await generateRegistrationOptions({
    rpName,
    rpID: rpId,
    userName: user.email,
    userDisplayName: user.name,
    // A stable handle that does not reveal the e-mail address: the hash of the user's id within this site.
    userID: new TextEncoder().encode(hashToken(`${rpId}:${user.id}`).slice(0, 32)),
    attestationType: 'none',
    excludeCredentials: existing.map((p) => ({ id: p.credential_id, transports: asTransports(p.transports) })),
    authenticatorSelection: { residentKey: 'preferred', userVerification: 'preferred' },
  });
  await storeChallenge(db, sessionHash, options.challenge);
  return options;
}

/** Verifies a new passkey against the session's challenge and stores it; false when it does not verify. */
export async function registerPasskey(db: Db, config: RelyingPartyConfig, sessionHash: string, userId: number, name: string, credential: unknown) {
  const challenge = await takeChallenge(db, sessionHash);
  if (!challenge) return false;
  const { rpId, origins } = relyingParty(config);
  const verification = await verifyRegistrationResponse({
    response: credential as RegistrationResponseJSON,
    expectedChallenge: challenge,
    expectedOrigin: origins,
    expectedRPID: rpId,
    requireUserVerification: false,
  }).catch(() => null);
  if (!verification?.verified) return false;
  const { credential: verified } = verification.registrationInfo;
  const stored = await db
    .insertInto('user_passkey')
    .values({
      user_id: userId,
      credential_id: verified.id,
      public_key: Buffer.from(verified.publicKey),
      counter: verified.counter,
      transports: JSON.stringify(verified.transports ?? []),
      name,
    })
    .onConflict((oc) => oc.column('credential_id').doNothing())
    .returning('id')
    .executeTakeFirst();
  return stored !== undefined;
}

export async function passkeyAuthenticationOptions(db: Db, config: RelyingPartyConfig, sessionHash: string, userId: number) {
  const { rpId } = relyingParty(config);
  const passkeys = await passkeysOf(db, userId);
  const options = await generateAuthenticationOptions({
    rpID: rpId,
    allowCredentials: passkeys.map((p) => ({ id: p.credential_id, transports: asTransports(p.transports) })),
    userVerification: 'preferred',
  });
  await storeChallenge(db, sessionHash, options.challenge);
  return options;
}

/** Verifies a passkey's answer to the session's challenge, for one of the user's own passkeys. */
export async function verifyPasskey(db: Db, config: RelyingPartyConfig, sessionHash: string, userId: number, credential: unknown): Promise<boolean> {
  const challenge = await takeChallenge(db, sessionHash);
  if (!challenge) return false;
  const response = credential as AuthenticationResponseJSON;
  const passkey = (await passkeysOf(db, userId)).find((p) => p.credential_id === response.id);
  if (!passkey) return false;
  const { rpId, origins } = relyingParty(config);
  const verification = await verifyAuthenticationResponse({
    response,
    expectedChallenge: challenge,
    expectedOrigin: origins,
    expectedRPID: rpId,
    credential: {
      id: passkey.credential_id,
      publicKey: new Uint8Array(passkey.public_key),
      counter: passkey.counter,
      transports: asTransports(passkey.transports),
    },
    requireUserVerification: false,
  }).catch(() => null);
  if (!verification?.verified) return false;
  await db
    .updateTable('user_passkey')
    .set({ counter: verification.authenticationInfo.newCounter, last_used_at: sql<Date>`now()` })
    .where('id', '=', passkey.id)
    .execute();
  return true;
}

export async function removePasskey(db: Db, userId: number, passkeyId: number): Promise<boolean> {
  const row = await db.deleteFrom('user_passkey').where('id', '=', passkeyId).where('user_id', '=', userId).returning('id').executeTakeFirst();
  return row !== undefined;
}

export async function listPasskeys(db: Db, userId: number) {
  const rows = await db
    .selectFrom('user_passkey')
    .select(['id', 'name', 'created_at', 'last_used_at'])
    .where('user_id', '=', userId)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.name, createdAt: r.created_at.toISOString(), lastUsedAt: r.last_used_at?.toISOString() ?? null }));
}
