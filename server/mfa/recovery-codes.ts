import { randomInt } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '#server/db/sql';
import { hashPassword, verifyPassword } from '#server/auth/passwords';

export const RECOVERY_CODE_COUNT = 10;
// RFC 4648 base32's letters and digits: no 0/1/8/9, so nothing looks like O, I, l or B.
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';

/** A code as shown: `abcde-fghij` (50 bits); typed without the hyphen it is the same code. */
function newRecoveryCode(): string {
  const chars = Array.from({ length: 10 }, () => ALPHABET[randomInt(ALPHABET.length)]);
  return `${chars.slice(0, 5).join('')}-${chars.slice(5).join('')}`;
}

const normalise = (code: string) => code.toLowerCase().replace(/[\s-]+/g, '');

/**
 * Replaces the user's recovery codes with ten new ones, stored hashed with the
 * password hashing (argon2id); the codes are returned to show once.
 */
export async function createRecoveryCodes(db: Db, userId: number): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  const hashes = await Promise.all(codes.map((code) => hashPassword(normalise(code))));
  await db.deleteFrom('user_recovery_code').where('user_id', '=', userId).execute();
  await db
    .insertInto('user_recovery_code')
    .values(hashes.map((code_hash) => ({ user_id: userId, code_hash })))
    .execute();
  return codes;
}

/**
 * Spends a recovery code: true when it matches one of the user's unused codes,
 * which is marked used in the same step (a conditional UPDATE, so the same
 * code sent twice at once is spent once).
 */
export async function spendRecoveryCode(db: Db, userId: number, code: string): Promise<boolean> {
  const unused = await db
    .selectFrom('user_recovery_code')
    .select(['id', 'code_hash'])
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .execute();
  for (const candidate of unused) {
    if (!(await verifyPassword(candidate.code_hash, normalise(code)))) continue;
    const spent = await db
      .updateTable('user_recovery_code')
      .set({ used_at: sql<Date>`now()` })
      .where('id', '=', candidate.id)
      .where('used_at', 'is', null)
      .returning('id')
      .executeTakeFirst();
    return spent !== undefined;
  }
  return false;
}

export async function recoveryCodesLeft(db: Db, userId: number): Promise<number> {
  const row = await db
    .selectFrom('user_recovery_code')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
