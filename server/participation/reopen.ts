import type { Kysely } from 'kysely';
import { recordAudit } from '#server/audit/repository';
import type { Database } from '#server/db/schema';
import { HttpError } from '#server/errors';
import { bumpVersion, lockResponse } from '#server/responses/repository';
import { assertRoundWritable } from '#server/rounds/service';
import type { Actor } from '#server/audit/actor';

/**
 * An administrator reopens a submitted response on the organisation's request,
 * with the reason in the audit log. The survey's own reopen (server/responses)
 * is the respondent's act and takes no reason; this uses the same repository
 * steps inside one transaction with the audit entry. Only while the round
 * takes answers: otherwise nobody could submit the response again.
 */
export async function reopenOnRequest(
  db: Kysely<Database>,
  ref: { year: number; organisationId: number },
  reason: string,
  actor: Actor,
): Promise<{ organisationId: number; status: 'draft'; version: number }> {
  return db.transaction().execute(async (trx) => {
    const round = await assertRoundWritable(trx, { year: ref.year });
    const response = await lockResponse(trx, round.id, ref.organisationId);
    if (!response || response.status !== 'submitted') {
      throw new HttpError(409, 'response_not_submitted', 'Only a submitted response can be reopened.');
    }
    const version = await bumpVersion(trx, response.id, actor.id, { status: 'draft', submittedAt: null, submittedBy: null });
    await recordAudit(trx, {
      actorUserId: actor.id,
      ip: actor.ip,
      action: 'response.reopened',
      organisationId: ref.organisationId,
      roundId: round.id,
      details: { version, reason, byAdministrator: true },
    });
    return { organisationId: ref.organisationId, status: 'draft' as const, version };
  });
}
