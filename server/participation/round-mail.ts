import type { Db } from '#server/db/sql';

/** The outbox kinds of the mails an organisation gets about a round. */
export const ROUND_MAIL_KINDS = { invitation: 'round_invitation', reminder: 'round_reminder' } as const;
export type RoundMailKind = keyof typeof ROUND_MAIL_KINDS;

export type LastRoundMail = { at: Date; kind: RoundMailKind };

/**
 * When each organisation was last mailed about the round, and with what:
 * every invitation mail (first or resent) and every reminder counts, a
 * cancelled one does not. The one source of the "recently mailed" rule that
 * both resending an invitation and sending reminders obey.
 */
export async function lastRoundMails(db: Db, roundId: number, organisationIds: number[]): Promise<Map<number, LastRoundMail>> {
  if (organisationIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('outbox_message')
    .distinctOn('organisation_id')
    .select(['organisation_id', 'kind', 'created_at'])
    .where('round_id', '=', roundId)
    .where('organisation_id', 'in', organisationIds)
    .where('kind', 'in', Object.values(ROUND_MAIL_KINDS))
    .where('cancelled_at', 'is', null)
    .orderBy('organisation_id')
    .orderBy('created_at', 'desc')
    .execute();
  const kindOf = (kind: string): RoundMailKind => (kind === ROUND_MAIL_KINDS.reminder ? 'reminder' : 'invitation');
  return new Map(rows.map((row) => [row.organisation_id!, { at: row.created_at, kind: kindOf(row.kind) }]));
}

/** When the interval that started with a mail at `at` ends. */
export const nextAllowedAt = (at: Date, intervalHours: number) => new Date(at.getTime() + intervalHours * 3_600_000);
