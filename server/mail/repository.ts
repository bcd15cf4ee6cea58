import { sql } from 'kysely';
import { escapeLike, type Db } from '#server/db/sql';

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

/** A message waiting for delivery: neither sent, cancelled nor given up. */
const waiting = (db: Db) =>
  db.selectFrom('outbox_message').where('sent_at', 'is', null).where('cancelled_at', 'is', null).where('failed_at', 'is', null);

/** No worker holds the message, or its claim is older than the lease (that worker died or gave up). */
const unclaimed = (leaseSeconds: number) => sql<boolean>`(sending_at is null or sending_at < now() - make_interval(secs => ${leaseSeconds}))`;

/** The delivery jobs of waiting messages, to enqueue: by id, or (the sweep) every one written since `since`. */
export function waitingJobs(db: Db, select: { ids: number[] } | { since: Date; leaseSeconds: number; limit: number }) {
  const query = waiting(db).select(['id', 'job_id']);
  if ('ids' in select) return select.ids.length ? query.where('id', 'in', select.ids).execute() : Promise.resolve([]);
  return query.where('created_at', '>', select.since).where(unclaimed(select.leaseSeconds)).orderBy('id').limit(select.limit).execute();
}

/**
 * Claims a message for one attempt of its current job: counts the attempt
 * and marks it as being sent. Nothing when the message was sent, cancelled,
 * given up, superseded by an administrator's retry, or is held by a live
 * claim. The claim is committed before SMTP sees the message.
 */
export function claimForSending(db: Db, claim: { id: number; jobId: string; leaseSeconds: number }) {
  return db
    .updateTable('outbox_message')
    .set({ sending_at: sql<Date>`now()`, attempts: sql<number>`attempts + 1`, next_attempt_at: null })
    .where('id', '=', claim.id)
    .where('job_id', '=', claim.jobId)
    .where('sent_at', 'is', null)
    .where('cancelled_at', 'is', null)
    .where('failed_at', 'is', null)
    .where(unclaimed(claim.leaseSeconds))
    .returning(['to_address', 'subject', 'body_text'])
    .executeTakeFirst();
}

/** Whether another worker holds a live claim on the message for this job. */
export async function isClaimedElsewhere(db: Db, claim: { id: number; jobId: string; leaseSeconds: number }): Promise<boolean> {
  const row = await waiting(db)
    .select('id')
    .where('id', '=', claim.id)
    .where('job_id', '=', claim.jobId)
    .where(sql<boolean>`not ${unclaimed(claim.leaseSeconds)}`)
    .executeTakeFirst();
  return row !== undefined;
}

/** SMTP took the message. Recorded even if it was cancelled meanwhile: it went out. */
export async function markSent(db: Db, id: number) {
  await db
    .updateTable('outbox_message')
    .set({ sent_at: sql<Date>`now()`, sending_at: null, next_attempt_at: null, error: null })
    .where('id', '=', id)
    .where('sent_at', 'is', null)
    .execute();
}

/** An attempt failed: the queue tries again at `nextAttemptAt`, or (null) it was the last and the message is given up. */
export async function markAttemptFailed(db: Db, id: number, outcome: { error: string; nextAttemptAt: Date | null }) {
  await db
    .updateTable('outbox_message')
    .set({
      sending_at: null,
      error: outcome.error.slice(0, 1000),
      next_attempt_at: outcome.nextAttemptAt,
      failed_at: outcome.nextAttemptAt ? null : sql<Date>`now()`,
    })
    .where('id', '=', id)
    .where('sent_at', 'is', null)
    .execute();
}

/**
 * An administrator's retry: a fresh job and a fresh count of attempts for a
 * message that is neither sent, cancelled nor being sent right now. The last
 * error stays until the next attempt. The old job, if any is left, finds
 * its job id replaced and does nothing.
 */
export function resetForRetry(db: Db, id: number, leaseSeconds: number) {
  return db
    .updateTable('outbox_message')
    .set({ job_id: sql<string>`gen_random_uuid()`, attempts: 0, failed_at: null, next_attempt_at: null, sending_at: null })
    .where('id', '=', id)
    .where('sent_at', 'is', null)
    .where('cancelled_at', 'is', null)
    .where(unclaimed(leaseSeconds))
    .returning(['id', 'job_id'])
    .executeTakeFirst();
}

export function findOutboxMessage(db: Db, id: number) {
  return db.selectFrom('outbox_message').selectAll().where('id', '=', id).executeTakeFirst();
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
