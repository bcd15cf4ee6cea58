import type { Actor } from '#server/audit/actor';
import type { Kysely } from 'kysely';
import type { RecentlyMailedDetails, ResendInvitationBody, ResendInvitationResult } from '#shared/api/round-admin';
import { recordAudit } from '#server/audit/repository';
import type { Database } from '#server/db/schema';
import { HttpError } from '#server/errors';
import { lockInvitation, queueInvitationMail } from './invitations';
import type { ReminderSettings } from './reminders';
import { assertInvitationsChangeable, requireRound } from '#server/rounds/lookup';
import { lastRoundMails, nextAllowedAt } from './round-mail';
import { notInvited } from './withdraw-invitation';

function recentlyMailed(name: string, year: number, details: RecentlyMailedDetails) {
  return new HttpError(
    409,
    'recently_mailed',
    `${name} was mailed about the ${year} round at ${details.lastMailedAt}; the invitation can be resent from ${details.nextAllowedAt} ` +
      `(at most once every ${details.intervalHours} hours).`,
    details,
  );
}

/**
 * Mails an invited organisation's invitation again, with a fresh
 * registration link, to its contact address. Like reminders, never within
 * the minimum interval of the last mail about the round (invitation or
 * reminder) unless the call overrides it; the invitation row is locked, so
 * two administrators pressing at once send one mail.
 */
export async function resendInvitation(
  db: Kysely<Database>,
  ref: { year: number; organisationId: number },
  body: ResendInvitationBody,
  settings: ReminderSettings,
  actor: Actor,
): Promise<{ result: Omit<ResendInvitationResult, 'delivery'>; mailId: number }> {
  return db.transaction().execute(async (trx) => {
    const round = await requireRound(trx, ref.year, 'share');
    assertInvitationsChangeable(round, 'resending an invitation');
    const invited = await lockInvitation(trx, round.id, ref.organisationId);
    if (!invited) throw notInvited(round.year);
    if (!invited.contactEmail) {
      throw new HttpError(
        409,
        'no_contact_address',
        `${invited.name} has no contact address: add one under Organisations, then resend the invitation.`,
      );
    }
    const intervalHours = body.minIntervalHours ?? settings.defaultIntervalHours;
    const last = (await lastRoundMails(trx, round.id, [invited.id])).get(invited.id)?.at;
    const allowedFrom = last && nextAllowedAt(last, intervalHours);
    if (last && allowedFrom && allowedFrom > new Date()) {
      throw recentlyMailed(invited.name, round.year, { lastMailedAt: last.toISOString(), nextAllowedAt: allowedFrom.toISOString(), intervalHours });
    }
    const mailId = await queueInvitationMail(trx, round, invited, actor, settings.publicUrl);
    const organisation = { id: invited.id, code: invited.code, name: invited.name };
    await recordAudit(trx, {
      actorUserId: actor.id,
      ip: actor.ip,
      action: 'round.invitation_resent',
      organisationId: invited.id,
      roundId: round.id,
      details: { year: round.year, code: invited.code, to: invited.contactEmail, intervalHours, lastMailedAt: last?.toISOString() ?? null },
    });
    return { result: { organisation, to: invited.contactEmail, intervalHours }, mailId };
  });
}
