import { sql } from 'kysely';
import { paths } from '#shared/client-routes';
import { hashToken, newSecretToken } from '#server/auth/tokens';
import type { Db } from '#server/db/sql';
import { HttpError } from '#server/errors';

/** The client's page for a registration link (the one list of page addresses, shared/client-routes.ts). */
export const REGISTRATION_PATH = paths.registration;
const MIN_LIFETIME_MS = 14 * 24 * 60 * 60 * 1000;

/** Valid until the round closes, but never less than two weeks: a late invitation still gets time. */
export function registrationExpiry(closesAt: Date, now = new Date()): Date {
  return new Date(Math.max(closesAt.getTime(), now.getTime() + MIN_LIFETIME_MS));
}

/**
 * A single-use link for one organisation and round; only its hash is stored.
 * Earlier open links of the same organisation and round stop working, so only
 * the newest mail's link is valid.
 */
export async function issueRegistrationToken(
  db: Db,
  input: { roundId: number; organisationId: number; closesAt: Date; createdByUserId: number | null },
): Promise<string> {
  await revokeRegistrationTokens(db, input.roundId, input.organisationId);
  const { token, hash } = newSecretToken();
  await db
    .insertInto('registration_token')
    .values({
      round_id: input.roundId,
      organisation_id: input.organisationId,
      token_hash: hash,
      created_by_user_id: input.createdByUserId,
      expires_at: registrationExpiry(input.closesAt),
    })
    .execute();
  return token;
}

/** Ends the organisation's open links for the round (a newer link, or the invitation withdrawn); returns how many. */
export async function revokeRegistrationTokens(db: Db, roundId: number, organisationId: number): Promise<number> {
  const result = await db
    .updateTable('registration_token')
    .set({ expires_at: sql<Date>`now()` })
    .where('round_id', '=', roundId)
    .where('organisation_id', '=', organisationId)
    .where('used_at', 'is', null)
    .where('expires_at', '>', sql<Date>`now()`)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

const tokenError = (code: 'token_invalid' | 'token_expired' | 'token_used' | 'token_withdrawn', message: string) => new HttpError(400, code, message);

export const registrationTokenErrors = {
  invalid: () => tokenError('token_invalid', 'This registration link is not valid. Check that you copied the whole link, or ask SKR for a new one.'),
  expired: () => tokenError('token_expired', 'This registration link has expired or been replaced by a newer one. Ask SKR for a new one.'),
  used: () => tokenError('token_used', 'This registration link has already been used. Log in, or ask a colleague who registered to invite you.'),
  withdrawn: () =>
    tokenError(
      'token_withdrawn',
      'This registration link belongs to an invitation that has been withdrawn. Ask SKR if your organisation should take part.',
    ),
};

/** The token's organisation and round, or a 400 telling the person what is wrong with their link. */
export async function findUsableRegistration(db: Db, token: string, options: { lock: boolean }) {
  let query = db
    .selectFrom('registration_token as token')
    .innerJoin('organisation', 'organisation.id', 'token.organisation_id')
    .innerJoin('round', 'round.id', 'token.round_id')
    .select([
      'token.id',
      'token.organisation_id',
      'token.round_id',
      'token.expires_at',
      'token.used_at',
      'organisation.name as organisation_name',
      'round.year',
    ])
    .select((eb) =>
      eb
        .exists(
          eb
            .selectFrom('round_invitation as invitation')
            .select('invitation.round_id')
            .whereRef('invitation.round_id', '=', 'token.round_id')
            .whereRef('invitation.organisation_id', '=', 'token.organisation_id'),
        )
        .as('invited'),
    )
    .where('token.token_hash', '=', hashToken(token));
  if (options.lock) query = query.forUpdate('token');
  const row = await query.executeTakeFirst();
  if (!row) throw registrationTokenErrors.invalid();
  if (row.used_at) throw registrationTokenErrors.used();
  // Before the expiry: withdrawing ends the links, and the person should learn why.
  if (!row.invited) throw registrationTokenErrors.withdrawn();
  if (row.expires_at.getTime() <= Date.now()) throw registrationTokenErrors.expired();
  return row;
}

export async function markRegistrationUsed(db: Db, id: number, userId: number): Promise<void> {
  await db
    .updateTable('registration_token')
    .set({ used_at: sql<Date>`now()`, used_by_user_id: userId })
    .where('id', '=', id)
    .execute();
}
