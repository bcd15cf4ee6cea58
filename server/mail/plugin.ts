import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import nodemailer from 'nodemailer';
import { MailDelivery } from './delivery';
import { registerDelivery } from './mailer';

declare module 'fastify' {
  interface FastifyInstance {
    /** Delivery through the queue; null without SMTP_URL (the outbox is then the delivery). */
    mailDelivery: MailDelivery | null;
  }
}

/** An SMTP conversation ends within about a minute, well inside a job's expiry (delivery.ts). */
const SMTP_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };

/**
 * Starts mail delivery with the app and stops it before the pool closes, so
 * main.ts needs to know nothing of it. Without SMTP nothing starts: no
 * pg-boss schema, no workers, and the start stays as fast as before.
 */
export const mailDeliveryPlugin = fp(
  async (app: FastifyInstance) => {
    const { smtpUrl, mailFrom } = app.config;
    if (!smtpUrl) {
      app.decorate('mailDelivery', null);
      return;
    }
    const transport = nodemailer.createTransport({ url: smtpUrl, ...SMTP_TIMEOUTS });
    const delivery = new MailDelivery({
      db: app.db,
      execute: (text, values) => app.pg.pool.query(text, values),
      config: app.config.mail,
      send: (message) => transport.sendMail({ from: mailFrom, ...message }),
      log: app.log,
    });
    app.decorate('mailDelivery', delivery);
    registerDelivery(app.db, delivery);
    app.addHook('onReady', () => delivery.start());
    app.addHook('onClose', async () => {
      await delivery.stop();
      transport.close();
    });
  },
  { name: 'mail-delivery', dependencies: ['database'] },
);
