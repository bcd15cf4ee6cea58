import type { Kysely } from 'kysely';
import type { Actor } from '#server/audit/actor';
import type { Database } from '#server/db/schema';
import { reopenSubmitted } from '#server/responses/service';
import { assertRoundWritable } from '#server/rounds/service';

/**
 * An administrator reopens a submitted response on the organisation's request,
 * with the reason in the audit log. The survey's own reopen (server/responses)
 * is the respondent's act and takes no reason; both take the same steps
 * (`reopenSubmitted`). Only while the round takes answers: otherwise nobody
 * could submit the response again.
 */
export async function reopenOnRequest(
  db: Kysely<Database>,
  ref: { year: number; organisationId: number },
  reason: string,
  actor: Actor,
): Promise<{ organisationId: number; status: 'draft'; version: number }> {
  return db.transaction().execute(async (trx) => {
    const round = await assertRoundWritable(trx, { year: ref.year });
    const version = await reopenSubmitted(trx, round.id, ref.organisationId, actor, { reason, byAdministrator: true });
    return { organisationId: ref.organisationId, status: 'draft' as const, version };
  });
}
