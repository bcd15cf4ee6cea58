import { sql, type Transaction } from 'kysely';
import type { Database, UserTokenTable } from '#server/db/schema';
import type { Db } from '#server/db/sql';
import { HttpError } from '#server/errors';
import { hashToken, newSecretToken } from './tokens';

export type TokenPurpose = UserTokenTable['purpose'];

export const TOKEN_LIFETIME_MS: Record<TokenPurpose, number> = {
  invitation: 7 * 24 * 60 * 60 * 1000,
  password_reset: 60 * 60 * 1000,
};

const LINK_NAME: Record<TokenPurpose, string> = { invitation: 'invitation link', password_reset: 'password reset link' };

const tokenError = (code: 'token_invalid' | 'token_expired' | 'token_used', message: string) => new HttpError(400, code, message);

export const tokenErrors = {
  invalid: (purpose: TokenPurpose) =>
    tokenError('token_invalid', `This ${LINK_NAME[purpose]} is not valid. Check that you copied the whole link, or ask for a new one.`),
  expired: (purpose: TokenPurpose) => tokenError('token_expired', `This ${LINK_NAME[purpose]} has expired. Ask for a new one.`),
  used: (purpose: TokenPurpose) =>
    tokenError(
      'token_used',
      purpose === 'invitation'
        ? 'This invitation link has already been used. Log in, or use "Forgot password" to choose a new password.'
        : 'This password reset link has already been used. Ask for a new one if you still need it.',
    ),
};

/** Creates a single-use token for a link; only its hash is stored. Earlier open tokens of the purpose stop working. */
export async function issueUserToken(
  db: Db,
  input: { userId: number; purpose: TokenPurpose; createdByUserId: number | null },
): Promise<{ token: string; expiresAt: Date }> {
  await expireOpenTokens(db, input.userId, input.purpose);
  const { token, hash } = newSecretToken();
  const expiresAt = new Date(Date.now() + TOKEN_LIFETIME_MS[input.purpose]);
  await db
    .insertInto('user_token')
    .values({
      user_id: input.userId,
      purpose: input.purpose,
      token_hash: hash,
      created_by_user_id: input.createdByUserId,
      expires_at: expiresAt,
    })
    .execute();
  return { token, expiresAt };
}

/**
 * Finds a usable token and locks it for the rest of the transaction, or
 * throws a 400 that tells the user what went wrong with their link.
 */
export async function takeUserToken(trx: Transaction<Database>, token: string, purpose: TokenPurpose) {
  const row = await trx
    .selectFrom('user_token')
    .innerJoin('app_user', 'app_user.id', 'user_token.user_id')
    .select(['user_token.id', 'user_token.user_id', 'user_token.expires_at', 'user_token.used_at', 'app_user.disabled_at'])
    .where('user_token.token_hash', '=', hashToken(token))
    .where('user_token.purpose', '=', purpose)
    .forUpdate()
    .executeTakeFirst();
  if (!row || row.disabled_at) throw tokenErrors.invalid(purpose);
  if (row.used_at) throw tokenErrors.used(purpose);
  if (row.expires_at.getTime() <= Date.now()) throw tokenErrors.expired(purpose);
  return { id: row.id, userId: row.user_id };
}

export async function markTokenUsed(db: Db, id: number) {
  await db
    .updateTable('user_token')
    .set({ used_at: sql<Date>`now()` })
    .where('id', '=', id)
    .execute();
}

/** Open tokens of a user (of one purpose, or all) stop working now. */
export async function expireOpenTokens(db: Db, userId: number, purpose?: TokenPurpose) {
  await db
    .updateTable('user_token')
    .set({ expires_at: sql<Date>`now()` })
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .where('expires_at', '>', sql<Date>`now()`)
    .$if(purpose !== undefined, (q) => q.where('purpose', '=', purpose!))
    .execute();
}
