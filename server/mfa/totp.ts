import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';
import { sql } from 'kysely';
import type { Db } from '#server/db/sql';

/** RFC 6238 as every authenticator app does it: SHA-1, six digits, 30 seconds. */
const PERIOD = 30;
const ISSUER = 'Mognad';

const totpFor = (secret: string, label: string) =>
  new TOTP({ issuer: ISSUER, label, algorithm: 'SHA1', digits: 6, period: PERIOD, secret: Secret.fromBase32(secret) });

/**
 * Starts (or restarts) setting up an authenticator app: a new 160-bit secret,
 * kept unconfirmed until a code from it is verified. Null when an app is
 * already confirmed (remove it first).
 */
export async function startTotpSetup(db: Db, user: { id: number; email: string }) {
  const secret = new Secret({ size: 20 }).base32;
  const row = await db
    .insertInto('user_totp')
    .values({ user_id: user.id, secret })
    .onConflict((oc) =>
      oc
        .column('user_id')
        .doUpdateSet({ secret, created_at: sql<Date>`now()`, last_used_step: null })
        .where('user_totp.confirmed_at', 'is', null),
    )
    .returning('user_id')
    .executeTakeFirst();
  if (!row) return null;
  const uri = totpFor(secret, user.email).toString();
  const qrSvg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return { secret, uri, qrSvg };
}

/**
 * Checks a code against the user's secret (confirmed, or the one being set up)
 * and spends its time step: a code is accepted once, and no older code after
 * it (RFC 6238 §5.2). One step either side is allowed for clock drift. The
 * conditional UPDATE makes two requests with the same code race safely: one
 * wins. Returns whether the code was good and unused.
 */
export async function spendTotpCode(db: Db, userId: number, code: string, which: 'confirmed' | 'unconfirmed', now = Date.now()): Promise<boolean> {
  const row = await db
    .selectFrom('user_totp')
    .select(['secret', 'last_used_step'])
    .where('user_id', '=', userId)
    .where('confirmed_at', which === 'confirmed' ? 'is not' : 'is', null)
    .executeTakeFirst();
  if (!row) return false;
  const delta = totpFor(row.secret, '').validate({ token: code, timestamp: now, window: 1 });
  if (delta === null) return false;
  const step = Math.floor(now / 1000 / PERIOD) + delta;
  const spent = await db
    .updateTable('user_totp')
    .set({ last_used_step: step, ...(which === 'unconfirmed' && { confirmed_at: sql<Date>`now()` }) })
    .where('user_id', '=', userId)
    .where('secret', '=', row.secret)
    .where((eb) => eb.or([eb('last_used_step', 'is', null), eb('last_used_step', '<', step)]))
    .returning('user_id')
    .executeTakeFirst();
  return spent !== undefined;
}

export async function removeTotp(db: Db, userId: number): Promise<boolean> {
  const row = await db.deleteFrom('user_totp').where('user_id', '=', userId).returning('user_id').executeTakeFirst();
  return row !== undefined;
}
