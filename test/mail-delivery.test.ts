import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutboxMessageView } from '#shared/api/mail';
import { buildApp } from '#server/app';
import { loadConfig } from '#server/config';
import { deliverMail, queueMail } from '#server/mail/mailer';
import { injectFromOwnOrigin } from './support/app';
import { loginAs, type TestUser } from './support/auth';
import { createTestDatabase } from './support/database';
import { eventually, startSmtpSink, type SmtpSink } from './support/smtp-sink';
import { roundAdminApi, setContactEmail } from './support/round-admin';

/**
 * Delivery from the outbox through the queue, against a real SMTP server:
 * two retries a second apart at first, workers polling every half second and
 * the sweep every second, so every wait below is a few seconds at most.
 */
const MAIL_ENV = { MAIL_RETRY_LIMIT: '2', MAIL_RETRY_DELAY_S: '1', MAIL_POLL_INTERVAL_S: '0.5', MAIL_SWEEP_INTERVAL_S: '1' };

let sink: SmtpSink;
let databaseUrl: string;
let dropDatabase: () => Promise<void>;
const apps: FastifyInstance[] = [];
let app: FastifyInstance;
let admin: TestUser;

async function startApp(url: string, env: Record<string, string>): Promise<FastifyInstance> {
  // Administrators here sign in with a password alone, as in every test app (MFA has its own tests).
  const config = loadConfig({ SEED_DEMO: 'false', LOG_LEVEL: 'silent', MFA_REQUIRED_ROLES: 'none', ...env });
  const built = await buildApp({ config, databaseUrl: url });
  injectFromOwnOrigin(built);
  apps.push(built);
  await built.ready();
  return built;
}

beforeAll(async () => {
  sink = await startSmtpSink();
  ({ url: databaseUrl, drop: dropDatabase } = await createTestDatabase());
  app = await startApp(databaseUrl, { SMTP_URL: sink.url, ...MAIL_ENV });
  admin = await loginAs(app, [{ role: 'admin' }]);
});

afterAll(async () => {
  for (const each of apps) await each.close();
  await sink?.close();
  await dropDatabase?.();
});

async function outboxEntry(to: string, on = app): Promise<OutboxMessageView | undefined> {
  const response = await on.inject({ method: 'GET', url: `/api/admin/outbox?to=${encodeURIComponent(to)}`, headers: { cookie: admin.cookie } });
  expect(response.statusCode).toBe(200);
  return response.json<{ messages: OutboxMessageView[] }>().messages.find((m) => m.to === to);
}

const inStatus = (to: string, status: OutboxMessageView['status']) => async () => {
  const entry = await outboxEntry(to);
  return entry?.status === status ? entry : undefined;
};

/** Writes a message the way features do: in the outbox, then handed to delivery after commit. */
async function mail(to: string, on = app, options: { enqueue: boolean } = { enqueue: true }): Promise<number> {
  const id = await queueMail(on.db, { to, subject: `Test till ${to}`, text: 'Hej!', kind: 'invitation' });
  if (options.enqueue) await deliverMail(on, id);
  return id;
}

describe('mail delivery through the queue', () => {
  it('delivers an invitation over SMTP after the answer and records it as sent', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/admin/users/invite',
      headers: { cookie: admin.cookie },
      payload: { email: 'smtp@example.se', roles: [{ role: 'analyst' }] },
    });
    expect(response.statusCode).toBe(201);
    const sent = await eventually(inStatus('smtp@example.se', 'sent'), 'the invitation to be sent');
    expect(sent).toMatchObject({ attempts: 1, error: null, failedAt: null, nextAttemptAt: null });
    expect(sink.to('smtp@example.se')).toHaveLength(1);
    expect(sink.to('smtp@example.se')[0]!.raw).toContain('Inbjudan till Mognad');
  });

  it('tells the administrator that round invitations went to the mail server', async () => {
    await setContactEmail(app, '0114', 'kommun@upplands-vasby.example.se');
    const rounds = roundAdminApi(app, admin.cookie);
    expect((await rounds.createRound(2091)).statusCode).toBe(201);
    const invited = await rounds.invite(2091, { selection: { kind: 'codes', codes: ['0114'] } });
    expect(invited.json()).toMatchObject({ invited: 1, mailed: 1, delivery: 'smtp' });
    await eventually(inStatus('kommun@upplands-vasby.example.se', 'sent'), 'the invitation to be sent');
  });

  it('retries with backoff while the server refuses, and delivers once it accepts again', async () => {
    sink.state.refuse = true;
    await mail('refused-then-ok@example.se');
    const retrying = await eventually(inStatus('refused-then-ok@example.se', 'retrying'), 'a failed first attempt');
    expect(retrying.attempts).toBe(1);
    expect(retrying.error).toMatch(/550|Mailbox unavailable/);
    expect(new Date(retrying.nextAttemptAt!).getTime()).toBeGreaterThan(Date.now() - 1000);
    sink.state.refuse = false;

    const sent = await eventually(inStatus('refused-then-ok@example.se', 'sent'), 'delivery after a retry');
    expect(sent.attempts).toBe(2);
    expect(sink.to('refused-then-ok@example.se')).toHaveLength(1);
  });

  it('dead-letters a message after the last retry; an administrator retries it and it is sent', async () => {
    sink.state.refuse = true;
    const id = await mail('dead-letter@example.se');
    const failed = await eventually(inStatus('dead-letter@example.se', 'failed'), 'the last retry to fail');
    expect(failed).toMatchObject({ attempts: 3, nextAttemptAt: null, sentAt: null });
    expect(failed.failedAt).not.toBeNull();
    expect(failed.error).toMatch(/550|Mailbox unavailable/);

    sink.state.refuse = false;
    const retry = await app.inject({ method: 'POST', url: `/api/admin/outbox/${id}/retry`, headers: { cookie: admin.cookie } });
    expect(retry.statusCode).toBe(200);
    expect(retry.json().message).toMatchObject({ id, attempts: 0, failedAt: null });
    const sent = await eventually(inStatus('dead-letter@example.se', 'sent'), 'delivery after the administrator’s retry');
    expect(sent.attempts).toBe(1);
    expect(sink.to('dead-letter@example.se')).toHaveLength(1);

    const again = await app.inject({ method: 'POST', url: `/api/admin/outbox/${id}/retry`, headers: { cookie: admin.cookie } });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ code: 'mail_not_retryable', details: { status: 'sent' } });
    const audit = await app.db.selectFrom('audit_log').select('details').where('action', '=', 'outbox.retried').execute();
    expect(audit).toHaveLength(1);
  });

  it('never sends a message cancelled between attempts', async () => {
    sink.state.refuse = true;
    const id = await mail('cancelled@example.se');
    await eventually(inStatus('cancelled@example.se', 'retrying'), 'a failed first attempt');
    const { job_id: jobId } = await app.db
      .updateTable('outbox_message')
      .set({ cancelled_at: sql<Date>`now()` })
      .where('id', '=', id)
      .returning('job_id')
      .executeTakeFirstOrThrow();
    sink.state.refuse = false;

    // The retry runs, finds the message cancelled and completes without sending.
    await eventually(async () => {
      const { rows } = await sql<{ state: string }>`select state from pgboss.job where id = ${jobId}::uuid`.execute(app.db);
      return rows[0]?.state === 'completed';
    }, 'the retry to run');
    expect(await outboxEntry('cancelled@example.se')).toMatchObject({ status: 'cancelled', sentAt: null, attempts: 1 });
    expect(sink.to('cancelled@example.se')).toHaveLength(0);

    const retry = await app.inject({ method: 'POST', url: `/api/admin/outbox/${id}/retry`, headers: { cookie: admin.cookie } });
    expect(retry.statusCode).toBe(409);
    expect(retry.json().error.details).toEqual({ status: 'cancelled' });
  });

  it('sends a message whose enqueue was lost after commit: the sweep finds it', async () => {
    await mail('swept@example.se', app, { enqueue: false });
    await eventually(inStatus('swept@example.se', 'sent'), 'the sweep to deliver it');
    expect(sink.to('swept@example.se')).toHaveLength(1);
  });

  it('sends each message exactly once with two app instances on one database', async () => {
    const second = await startApp(databaseUrl, { SMTP_URL: sink.url, ...MAIL_ENV });
    const addresses = Array.from({ length: 30 }, (_, i) => `twice-${i}@example.se`);
    // Both instances enqueue every message (and both sweep): one job each all the same.
    await Promise.all(
      addresses.map(async (to, i) => {
        const id = await mail(to, i % 2 ? app : second);
        await deliverMail(i % 2 ? second : app, id);
      }),
    );
    await eventually(async () => {
      const rows = await app.db.selectFrom('outbox_message').select('sent_at').where('to_address', 'like', 'twice-%').execute();
      return rows.length === addresses.length && rows.every((r) => r.sent_at !== null);
    }, 'every message to be sent');
    for (const to of addresses) expect(sink.to(to), to).toHaveLength(1);
    const attempts = await app.db.selectFrom('outbox_message').select('attempts').where('to_address', 'like', 'twice-%').execute();
    expect(attempts.every((r) => r.attempts === 1)).toBe(true);
  });
});

describe('without SMTP', () => {
  it('leaves messages in the outbox and starts no queue', async () => {
    const database = await createTestDatabase();
    const plain = await startApp(database.url, {});
    try {
      await mail('no-smtp@example.se', plain);
      const response = await plain.inject({
        method: 'GET',
        url: '/api/admin/outbox',
        headers: { cookie: (await loginAs(plain, [{ role: 'admin' }])).cookie },
      });
      expect(response.json()).toMatchObject({ smtp: false, messages: [{ to: 'no-smtp@example.se', status: 'queued', attempts: 0 }] });
      const { rows } = await sql<{ exists: boolean }>`select to_regclass('pgboss.job') is not null as exists`.execute(plain.db);
      expect(rows[0]!.exists).toBe(false);
    } finally {
      await plain.close();
      apps.splice(apps.indexOf(plain), 1);
      await database.drop();
    }
  });
});
