import type { Actor } from '#server/audit/actor';
import type { Kysely, Transaction } from 'kysely';
import type { WithdrawInvitationResult } from '#shared/api/round-admin';
import { recordAudit } from '#server/audit/repository';
import { cancelUnsentRoundMail } from '#server/mail/repository';
import type { Database } from '#server/db/schema';
import { HttpError, notFound } from '#server/errors';
import { findResponse } from '#server/responses/repository';
import { lockInvitation } from './invitations';
import { revokeRegistrationTokens } from './registration-tokens';
import { assertInvitationsChangeable, requireRound } from '#server/rounds/lookup';
import { ROUND_MAIL_KINDS } from './round-mail';

export const notInvited = (year: number) => notFound('invitation', `The organisation is not invited to the ${year} round.`);

/**
 * Withdraws a mistaken invitation while the organisation has not started
 * answering: its response would otherwise drop out of the monitor and the
 * results, which count invited organisations only. The round's exclusive
 * lock keeps answer writes out while the check and the delete run. Unused
 * registration links of the invitation stop working, and its invitation and
 * reminder mails still waiting in the outbox are cancelled (their links would
 * be dead).
 */
export async function withdrawInvitation(
  db: Kysely<Database>,
  ref: { year: number; organisationId: number },
  actor: Actor,
): Promise<WithdrawInvitationResult> {
  return db.transaction().execute(async (trx) => {
    const round = await requireRound(trx, ref.year, 'update');
    assertInvitationsChangeable(round, 'withdrawing an invitation');
    const invited = await lockInvitation(trx, round.id, ref.organisationId);
    if (!invited) throw notInvited(round.year);
    if (await findResponse(trx, round.id, invited.id)) {
      throw new HttpError(
        409,
        'invitation_answered',
        `${invited.name} has started answering the ${round.year} round: withdrawing its invitation would hide its answers, so it stays invited.`,
      );
    }
    await deleteInvitation(trx, round.id, invited.id);
    const revokedLinks = await revokeRegistrationTokens(trx, round.id, invited.id);
    const cancelledMails = await cancelUnsentRoundMail(trx, {
      roundId: round.id,
      organisationId: invited.id,
      kinds: Object.values(ROUND_MAIL_KINDS),
    });
    const organisation = { id: invited.id, code: invited.code, name: invited.name };
    await recordAudit(trx, {
      actorUserId: actor.id,
      ip: actor.ip,
      action: 'round.invitation_withdrawn',
      organisationId: invited.id,
      roundId: round.id,
      details: { year: round.year, code: invited.code, revokedLinks, cancelledMails },
    });
    return { organisation, revokedLinks };
  });
}

async function deleteInvitation(trx: Transaction<Database>, roundId: number, organisationId: number): Promise<void> {
  await trx.deleteFrom('round_invitation').where('round_id', '=', roundId).where('organisation_id', '=', organisationId).execute();
}
