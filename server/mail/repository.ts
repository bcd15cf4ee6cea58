import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../db/schema';

type Db = Kysely<Database> | Transaction<Database>;

export type MailMessage = {
  to: string;
  subject: string;
  text: string;
  /** What the message is for, e.g. 'invitation', 'password_reset'; the outbox filters on it. */
  kind: string;
  userId?: number | null;
  organisationId?: number | null;
  /** The round a round mail (invitation, reminder) is about. */
  roundId?: number | null;
};

export async function insertOutboxMessage(db: Db, message: MailMessage): Promise<number> {
  const row = await db
    .insertInto('outbox_message')
    .values({
      to_address: message.to.toLowerCase(),
      subject: message.subject,
      body_text: message.text,
      kind: message.kind,
      user_id: message.userId ?? null,
      organisation_id: message.organisationId ?? null,
      round_id: message.roundId ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The message if it still waits for delivery: neither sent nor cancelled. */
export function findUnsentMessage(db: Db, id: number) {
  return db.selectFrom('outbox_message').selectAll().where('id', '=', id).where('sent_at', 'is', null).where('cancelled_at', 'is', null).executeTakeFirst();
}

/**
 * Cancels an organisation's unsent messages of the given kinds about a round;
 * returns how many. A delivery already handed to SMTP may still go out (and is
 * then recorded as sent): only what waits is stopped.
 */
export async function cancelUnsentRoundMail(db: Db, scope: { roundId: number; organisationId: number; kinds: readonly string[] }): Promise<number> {
  const result = await db
    .updateTable('outbox_message')
    .set({ cancelled_at: sql<Date>`now()` })
    .where('round_id', '=', scope.roundId)
    .where('organisation_id', '=', scope.organisationId)
    .where('kind', 'in', scope.kinds)
    .where('sent_at', 'is', null)
    .where('cancelled_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function markDelivery(db: Db, id: number, outcome: { sentAt: Date } | { error: string }) {
  await db
    .updateTable('outbox_message')
    .set('sentAt' in outcome ? { sent_at: outcome.sentAt, error: null } : { error: outcome.error.slice(0, 1000) })
    .where('id', '=', id)
    .execute();
}

export type OutboxFilter = { to?: string | undefined; kind?: string | undefined };

function filteredOutbox(db: Db, filter: OutboxFilter) {
  return db
    .selectFrom('outbox_message')
    .$if(!!filter.to, (q) => q.where('to_address', 'like', `%${escapeLike(filter.to!.toLowerCase())}%`))
    .$if(!!filter.kind, (q) => q.where('kind', '=', filter.kind!));
}

/** One page of messages, newest first: by id, which is unique, so pages neither repeat nor skip rows. */
export function listOutbox(db: Db, filter: OutboxFilter & { limit: number; offset: number }) {
  return filteredOutbox(db, filter).selectAll().orderBy('id', 'desc').limit(filter.limit).offset(filter.offset).execute();
}

export async function countOutbox(db: Db, filter: OutboxFilter): Promise<number> {
  const row = await filteredOutbox(db, filter)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return row.n;
}

/** Makes % and _ in user input match themselves in a LIKE pattern. */
export const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);
