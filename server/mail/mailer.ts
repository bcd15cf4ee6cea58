import type { FastifyBaseLogger } from 'fastify';
import type { Kysely, Transaction } from 'kysely';
import type { DeliveryMode } from '#shared/api/mail';
import type { Config } from '#server/config';
import type { Database } from '#server/db/schema';
import type { MailDelivery } from './delivery';
import { insertOutboxMessage, type MailMessage } from './repository';

export type { MailMessage } from './repository';

/** What sending needs: the app itself satisfies it. */
export type MailDeps = {
  db: Kysely<Database>;
  config: Pick<Config, 'smtpUrl' | 'mailFrom'>;
  log: FastifyBaseLogger;
};

/**
 * Each app's delivery, by the app's Kysely instance: callers hand deliverMail
 * whatever deps they carry (the app, or { db, config, log } built from it),
 * and the database handle is what they all share.
 */
const deliveries = new WeakMap<Kysely<Database>, MailDelivery>();

export function registerDelivery(db: Kysely<Database>, delivery: MailDelivery): void {
  deliveries.set(db, delivery);
}

/**
 * Writes the message to the outbox. Call it inside the transaction that
 * makes the change the message is about, then deliverMail after commit.
 */
export const queueMail = (db: Kysely<Database> | Transaction<Database>, message: MailMessage) => insertOutboxMessage(db, message);

/**
 * Hands a committed outbox message to the delivery queue when SMTP is
 * configured; without it the outbox is the delivery (administrators read
 * it). Returns as soon as the job is enqueued: workers send it, retrying with
 * backoff, and record the outcome on the message (docs/decisions/0010). A
 * message sent or cancelled meanwhile is left alone. Never throws: a lost
 * enqueue is made up by the periodic sweep.
 */
export async function deliverMail(deps: MailDeps, id: number): Promise<void> {
  if (!deps.config.smtpUrl) return;
  await deliveries.get(deps.db)?.enqueue([id]);
}

/** Whether mail written now goes to a mail server or stays in the outbox (what the admin pages tell the sender). */
export const deliveryMode = (config: Pick<Config, 'smtpUrl'>): DeliveryMode => (config.smtpUrl ? 'smtp' : 'outbox');

/** Records the message in the outbox and queues it for delivery when SMTP is configured. */
export async function sendMail(deps: MailDeps, message: MailMessage): Promise<number> {
  const id = await queueMail(deps.db, message);
  await deliverMail(deps, id);
  return id;
}
