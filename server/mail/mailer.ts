import type { FastifyBaseLogger } from 'fastify';
import type { Kysely, Transaction } from 'kysely';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Config } from '../config';
import type { Database } from '../db/schema';
import { findUnsentMessage, insertOutboxMessage, markDelivery, type MailMessage } from './repository';

export type { MailMessage } from './repository';

/** What sending needs: the app itself satisfies it. */
export type MailDeps = {
  db: Kysely<Database>;
  config: Pick<Config, 'smtpUrl' | 'mailFrom'>;
  log: FastifyBaseLogger;
};

const transports = new Map<string, Transporter>();

function transportFor(smtpUrl: string): Transporter {
  let transport = transports.get(smtpUrl);
  if (!transport) {
    transport = nodemailer.createTransport(smtpUrl);
    transports.set(smtpUrl, transport);
  }
  return transport;
}

/**
 * Writes the message to the outbox. Call it inside the transaction that
 * makes the change the message is about, then deliverMail after commit.
 */
export const queueMail = (db: Kysely<Database> | Transaction<Database>, message: MailMessage) =>
  insertOutboxMessage(db, message);

/**
 * Sends an outbox message over SMTP when SMTP is configured; without it the
 * outbox is the delivery (administrators read it). A message already sent or
 * cancelled (its invitation withdrawn) is left alone. Never throws: a failed
 * delivery is recorded on the message and logged.
 */
export async function deliverMail(deps: MailDeps, id: number): Promise<void> {
  if (!deps.config.smtpUrl) return;
  const message = await findUnsentMessage(deps.db, id);
  if (!message) return;
  try {
    await transportFor(deps.config.smtpUrl).sendMail({
      from: deps.config.mailFrom,
      to: message.to_address,
      subject: message.subject,
      text: message.body_text,
    });
    await markDelivery(deps.db, id, { sentAt: new Date() });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    deps.log.warn({ err: error, outboxId: id }, 'mail delivery failed');
    await markDelivery(deps.db, id, { error: reason }).catch(() => undefined);
  }
}

/** Records the message in the outbox and sends it when SMTP is configured. */
export async function sendMail(deps: MailDeps, message: MailMessage): Promise<number> {
  const id = await queueMail(deps.db, message);
  await deliverMail(deps, id);
  return id;
}
