import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { buildApp } from '#server/app';
import { loadConfig } from '#server/config';
import { deliverMail } from '#server/mail/mailer';
import { useTestApp } from './support/app';
import { loginAs, organisationIdByCode, TEST_PASSWORD, type TestUser } from './support/auth';
import { tokenMailedTo } from './support/outbox';
import { answerAsRespondent, outboxOfKind, roundAdminApi, setContactEmail } from './support/round-admin';
import { eventually, startSmtpSink, type ReceivedMail } from './support/smtp-sink';

const ctx = useTestApp({ REMINDER_MIN_INTERVAL_HOURS: '48' });

let adminUser: TestUser | undefined;
async function api() {
  adminUser ??= await loginAs(ctx.app, [{ role: 'admin' }]);
  return roundAdminApi(ctx.app, adminUser.cookie);
}

/** A round in the given state with the organisations invited (and mailed when they have a contact address). */
async function roundWithInvitations(year: number, codes: string[], options: { open?: boolean; sendMail?: boolean } = {}) {
  const admin = await api();
  await admin.createRound(year);
  if (options.open) await admin.setState(year, 'open');
  await admin.invite(year, { selection: { kind: 'codes', codes }, sendMail: options.sendMail ?? true });
  return admin;
}

const inspect = (token: string) => ctx.app.inject({ method: 'POST', url: '/api/registrations/inspect', payload: { token } });
const accept = (token: string) =>
  ctx.app.inject({
    method: 'POST',
    url: '/api/registrations/accept',
    payload: { token, account: { email: `ny-${token.slice(0, 8).toLowerCase()}@example.se`, name: 'Ny Person', password: TEST_PASSWORD } },
  });

async function invitedCodes(admin: Awaited<ReturnType<typeof api>>, year: number): Promise<string[]> {
  const monitor = (await admin.monitor(year)).json();
  return monitor.organisations.map((o: { code: string }) => o.code).sort();
}

async function lastAudit(action: string) {
  return ctx.app.db.selectFrom('audit_log').selectAll().where('action', '=', action).orderBy('id', 'desc').executeTakeFirstOrThrow();
}

describe('withdrawing an invitation', () => {
  it('removes an organisation that has not started from a draft round, audited, and its registration link stops working', async () => {
    await setContactEmail(ctx.app, '0114', 'registrator@upplandsvasby.example.se');
    await setContactEmail(ctx.app, '0115', 'kommun@vallentuna.example.se');
    const admin = await roundWithInvitations(2061, ['0114', '0115']);
    const token = await tokenMailedTo(ctx.app, 'kommun@vallentuna.example.se', 'round_invitation');
    const vallentuna = await organisationIdByCode(ctx.app, '0115');

    const response = await admin.withdrawInvitation(2061, vallentuna);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ organisation: { id: vallentuna, code: '0115', name: 'Vallentuna' }, revokedLinks: 1 });
    expect(await invitedCodes(admin, 2061)).toEqual(['0114']);

    const entry = await lastAudit('round.invitation_withdrawn');
    expect(entry).toMatchObject({
      actor_user_id: adminUser!.id,
      organisation_id: vallentuna,
      details: { year: 2061, code: '0115', revokedLinks: 1 },
    });

    for (const call of [inspect, accept]) {
      const refused = await call(token);
      expect(refused.statusCode).toBe(400);
      expect(refused.json().error).toMatchObject({ code: 'token_withdrawn', message: expect.stringMatching(/withdrawn/) });
    }

    // Invited again, the old link stays dead and the new mail's link works.
    await admin.invite(2061, { selection: { kind: 'codes', codes: ['0115'] } });
    expect((await inspect(token)).json().error.code).toBe('token_expired');
    const fresh = await tokenMailedTo(ctx.app, 'kommun@vallentuna.example.se', 'round_invitation');
    expect((await inspect(fresh)).json()).toMatchObject({ organisationName: 'Vallentuna', year: 2061 });

    const notInvited = await admin.withdrawInvitation(2061, await organisationIdByCode(ctx.app, '0117'));
    expect(notInvited.statusCode).toBe(404);
    expect(notInvited.json().error).toEqual({
      code: 'not_found',
      message: 'The organisation is not invited to the 2061 round.',
      details: { resource: 'invitation' },
    });
  });

  it('works in an open round until the organisation starts answering; then it is refused with 409', async () => {
    const admin = await roundWithInvitations(2062, ['0120', '0123', '0125'], { open: true, sendMail: false });
    const varmdo = await organisationIdByCode(ctx.app, '0120');
    const jarfalla = await organisationIdByCode(ctx.app, '0123');
    const ekero = await organisationIdByCode(ctx.app, '0125');
    const draft = await loginAs(ctx.app, [{ role: 'respondent', organisationCode: '0123' }]);
    const submitted = await loginAs(ctx.app, [{ role: 'respondent', organisationCode: '0125' }]);
    await answerAsRespondent(ctx.app, { cookie: draft.cookie, year: 2062, organisationId: jarfalla, areas: ['ciso'], submit: false });
    await answerAsRespondent(ctx.app, { cookie: submitted.cookie, year: 2062, organisationId: ekero, areas: ['ciso'], submit: true });

    for (const organisationId of [jarfalla, ekero]) {
      const refused = await admin.withdrawInvitation(2062, organisationId);
      expect(refused.statusCode).toBe(409);
      expect(refused.json().error).toEqual({
        code: 'invitation_answered',
        message: expect.stringMatching(/has started answering .* would hide its answers/),
      });
    }
    expect((await admin.withdrawInvitation(2062, varmdo)).statusCode).toBe(200);
    expect(await invitedCodes(admin, 2062)).toEqual(['0123', '0125']);
    const monitor = (await admin.monitor(2062)).json();
    expect(monitor.totals).toMatchObject({ invited: 2, submitted: 1, draft: 1, notStarted: 0 });
  });

  it('is refused once the round is closed or published', async () => {
    const admin = await roundWithInvitations(2063, ['0126'], { open: true, sendMail: false });
    const huddinge = await organisationIdByCode(ctx.app, '0126');
    for (const state of ['closed', 'published']) {
      await admin.setState(2063, state);
      const refused = await admin.withdrawInvitation(2063, huddinge);
      expect(refused.statusCode, state).toBe(409);
      expect(refused.json().error).toEqual({
        code: 'round_closed',
        message: `The 2063 round is ${state}: withdrawing an invitation is possible only while it is a draft or open.`,
      });
    }
    expect(await invitedCodes(admin, 2063)).toEqual(['0126']);
    expect((await admin.withdrawInvitation(2099, huddinge)).statusCode).toBe(404);
  });
});

/**
 * Delivers outbox messages through a second app instance on this database
 * with SMTP to a test server; returns what that server received. Waits until
 * none of the messages waits any more (a cancelled one is never queued).
 */
async function deliverThroughSmtpSink(ids: number[]): Promise<ReceivedMail[]> {
  const sink = await startSmtpSink();
  const config = loadConfig({ SEED_DEMO: 'false', LOG_LEVEL: 'silent', SMTP_URL: sink.url, MAIL_POLL_INTERVAL_S: '0.5' });
  const mailer = await buildApp({ config, databaseUrl: ctx.databaseUrl });
  try {
    await mailer.ready();
    for (const id of ids) await deliverMail(mailer, id);
    await eventually(async () => {
      const waiting = await ctx.app.db
        .selectFrom('outbox_message')
        .select('id')
        .where('id', 'in', ids)
        .where('sent_at', 'is', null)
        .where('cancelled_at', 'is', null)
        .execute();
      return waiting.length === 0;
    }, 'the messages to be delivered');
  } finally {
    await mailer.close();
    await sink.close();
  }
  return sink.received;
}

describe('withdrawing an invitation with mails still in the outbox', () => {
  it('cancels its unsent invitation and reminder mails, which are never delivered; sent mails and other invitations are untouched', async () => {
    await setContactEmail(ctx.app, '0181', 'kommun@sodertalje.example.se');
    await setContactEmail(ctx.app, '0182', 'kommun@nacka.example.se');
    const admin = await roundWithInvitations(2071, ['0181', '0182'], { open: true });
    await roundWithInvitations(2072, ['0181']);
    const sodertalje = await organisationIdByCode(ctx.app, '0181');
    const roundMails = () =>
      ctx.app.db
        .selectFrom('outbox_message')
        .innerJoin('round', 'round.id', 'outbox_message.round_id')
        .select(['outbox_message.id', 'kind', 'to_address', 'year', 'sent_at', 'cancelled_at'])
        .where('year', 'in', [2071, 2072])
        .orderBy('outbox_message.id')
        .execute();
    const [firstInvitation] = await roundMails();
    expect(firstInvitation).toMatchObject({ kind: 'round_invitation', to_address: 'kommun@sodertalje.example.se', year: 2071 });
    expect(await deliverThroughSmtpSink([firstInvitation!.id])).toHaveLength(1);
    expect((await admin.resendInvitation(2071, sodertalje, { minIntervalHours: 0 })).statusCode).toBe(200);
    expect((await admin.sendReminders(2071, { organisationIds: [sodertalje], minIntervalHours: 0 })).json().sent).toBe(1);

    expect((await admin.withdrawInvitation(2071, sodertalje)).statusCode).toBe(200);
    const entry = await lastAudit('round.invitation_withdrawn');
    expect(entry.details).toMatchObject({ year: 2071, code: '0181', cancelledMails: 2 });

    const mails = await roundMails();
    const state = (m: (typeof mails)[number]) => (m.sent_at ? 'sent' : m.cancelled_at ? 'cancelled' : 'queued');
    expect(mails.map((m) => `${m.year} ${m.to_address} ${m.kind} ${state(m)}`)).toEqual([
      '2071 kommun@sodertalje.example.se round_invitation sent',
      '2071 kommun@nacka.example.se round_invitation queued',
      '2072 kommun@sodertalje.example.se round_invitation queued',
      '2071 kommun@sodertalje.example.se round_invitation cancelled',
      '2071 kommun@sodertalje.example.se round_reminder cancelled',
    ]);
    const cancelled = mails.filter((m) => m.cancelled_at);
    expect(await deliverThroughSmtpSink(cancelled.map((m) => m.id))).toEqual([]);
    const after = await roundMails();
    expect(after.filter((m) => m.cancelled_at).map((m) => ({ sent: m.sent_at, id: m.id }))).toEqual(cancelled.map((m) => ({ sent: null, id: m.id })));

    const outbox = await admin.send('GET', '/api/admin/outbox?to=sodertalje&limit=10');
    const views = outbox.json().messages.filter((m: { id: number }) => cancelled.some((c) => c.id === m.id));
    expect(views).toHaveLength(2);
    for (const view of views) expect(view).toMatchObject({ sentAt: null, cancelledAt: expect.any(String) });
  });
});

describe('resending an invitation', () => {
  it('queues the invitation with a working registration link to the contact address, audited', async () => {
    await setContactEmail(ctx.app, '0127', 'Kommun@Botkyrka.example.se');
    const admin = await roundWithInvitations(2064, ['0127'], { sendMail: false });
    const botkyrka = await organisationIdByCode(ctx.app, '0127');
    expect(await outboxOfKind(ctx.app, 'round_invitation')).not.toContainEqual(expect.objectContaining({ to_address: 'kommun@botkyrka.example.se' }));

    const response = await admin.resendInvitation(2064, botkyrka);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      organisation: { id: botkyrka, code: '0127', name: 'Botkyrka' },
      to: 'Kommun@Botkyrka.example.se',
      intervalHours: 48,
      delivery: 'outbox',
    });
    const mails = (await outboxOfKind(ctx.app, 'round_invitation')).filter((m) => m.to_address === 'kommun@botkyrka.example.se');
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({
      organisation_id: botkyrka,
      subject: expect.stringContaining('2064'),
      body_text: expect.stringContaining('Botkyrka'),
    });
    const token = await tokenMailedTo(ctx.app, 'kommun@botkyrka.example.se', 'round_invitation');
    expect((await accept(token)).json()).toEqual({ outcome: 'registered', organisationName: 'Botkyrka' });

    const entry = await lastAudit('round.invitation_resent');
    expect(entry).toMatchObject({
      actor_user_id: adminUser!.id,
      organisation_id: botkyrka,
      details: { year: 2064, code: '0127', to: 'Kommun@Botkyrka.example.se', intervalHours: 48, lastMailedAt: null },
    });
  });

  it('never mails an organisation twice within the reminder interval unless the call overrides it', async () => {
    await setContactEmail(ctx.app, '0128', 'kommun@salem.example.se');
    const admin = await roundWithInvitations(2065, ['0128'], { open: true });
    const salem = await organisationIdByCode(ctx.app, '0128');
    const first = await tokenMailedTo(ctx.app, 'kommun@salem.example.se', 'round_invitation');
    const mailsToSalem = async () =>
      (await outboxOfKind(ctx.app, 'round_invitation')).filter((m) => m.to_address === 'kommun@salem.example.se').length;

    const refused = await admin.resendInvitation(2065, salem);
    expect(refused.statusCode).toBe(409);
    const error = refused.json().error;
    expect(error).toMatchObject({
      code: 'recently_mailed',
      message: expect.stringMatching(
        /^Salem was mailed about the 2065 round at .*; the invitation can be resent from .* \(at most once every 48 hours\)\.$/,
      ),
    });
    expect(Date.parse(error.details.nextAllowedAt) - Date.parse(error.details.lastMailedAt)).toBe(48 * 3_600_000);
    expect(await mailsToSalem()).toBe(1);

    // Two days later the interval has passed.
    await ctx.app.db
      .updateTable('outbox_message')
      .set({ created_at: sql<Date>`created_at - interval '49 hours'` })
      .where('organisation_id', '=', salem)
      .execute();
    expect((await admin.resendInvitation(2065, salem)).statusCode).toBe(200);
    expect(await mailsToSalem()).toBe(2);
    // Only the newest mail's link works.
    expect((await inspect(first)).json().error.code).toBe('token_expired');
    expect((await inspect(await tokenMailedTo(ctx.app, 'kommun@salem.example.se', 'round_invitation'))).statusCode).toBe(200);

    expect((await admin.resendInvitation(2065, salem)).json().error.code).toBe('recently_mailed');
    const overridden = await admin.resendInvitation(2065, salem, { minIntervalHours: 0 });
    expect(overridden.json()).toMatchObject({ intervalHours: 0 });
    expect(await mailsToSalem()).toBe(3);
    expect((await admin.resendInvitation(2065, salem, { minIntervalHours: -1 })).statusCode).toBe(400);
  });

  it('sends one mail when administrators press resend several times at once', async () => {
    await setContactEmail(ctx.app, '0160', 'kommun@taby.example.se');
    const admin = await roundWithInvitations(2068, ['0160'], { open: true, sendMail: false });
    const taby = await organisationIdByCode(ctx.app, '0160');
    const answers = await Promise.all(Array.from({ length: 6 }, () => admin.resendInvitation(2068, taby)));
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([200, 409, 409, 409, 409, 409]);
    expect((await outboxOfKind(ctx.app, 'round_invitation')).filter((m) => m.to_address === 'kommun@taby.example.se')).toHaveLength(1);
  });

  it('counts a reminder as a mail about the round', async () => {
    await setContactEmail(ctx.app, '0136', 'kommun@haninge.example.se');
    const admin = await roundWithInvitations(2066, ['0136'], { open: true, sendMail: false });
    expect((await admin.sendReminders(2066)).json().sent).toBe(1);
    const refused = await admin.resendInvitation(2066, await organisationIdByCode(ctx.app, '0136'));
    expect(refused.json().error.code).toBe('recently_mailed');
  });

  it('says so when the organisation has no contact address, is not invited, or the round is closed', async () => {
    await setContactEmail(ctx.app, '0138', null);
    await setContactEmail(ctx.app, '0139', 'kommun@upplands-bro.example.se');
    const admin = await roundWithInvitations(2067, ['0138', '0139'], { open: true, sendMail: false });
    const noAddress = await admin.resendInvitation(2067, await organisationIdByCode(ctx.app, '0138'));
    expect(noAddress.statusCode).toBe(409);
    expect(noAddress.json().error).toEqual({
      code: 'no_contact_address',
      message: 'Tyresö has no contact address: add one under Organisations, then resend the invitation.',
    });

    const notInvited = await admin.resendInvitation(2067, await organisationIdByCode(ctx.app, '0140'));
    expect(notInvited.statusCode).toBe(404);
    expect(notInvited.json().error.code).toBe('not_found');

    await admin.setState(2067, 'closed');
    const closed = await admin.resendInvitation(2067, await organisationIdByCode(ctx.app, '0139'));
    expect(closed.statusCode).toBe(409);
    expect(closed.json().error.code).toBe('round_closed');
    expect(await outboxOfKind(ctx.app, 'round_invitation')).not.toContainEqual(
      expect.objectContaining({ to_address: 'kommun@upplands-bro.example.se' }),
    );
  });
});
