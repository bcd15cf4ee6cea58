import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { useTestApp } from './support/app';
import { loginAs, organisationIdByCode, type TestUser } from './support/auth';
import { responseUrl } from './support/survey';
import { answerAsRespondent, outboxOfKind, roundAdminApi, setContactEmail } from './support/round-admin';

const ctx = useTestApp({ REMINDER_MIN_INTERVAL_HOURS: '48' });

let adminUser: TestUser | undefined;
async function api() {
  adminUser ??= await loginAs(ctx.app, [{ role: 'admin' }]);
  return roundAdminApi(ctx.app, adminUser.cookie);
}

/** An open round with four invited organisations: 0136 submitted, 0138 draft, 0139 and 0140 not started (0140 without address). */
async function roundWithProgress(year: number) {
  const admin = await api();
  await admin.createRound(year);
  await admin.setState(year, 'open');
  await setContactEmail(ctx.app, '0136', 'kommun@haninge.example.se');
  await setContactEmail(ctx.app, '0138', 'kommun@tyreso.example.se');
  await setContactEmail(ctx.app, '0139', 'kommun@upplands-bro.example.se');
  await setContactEmail(ctx.app, '0140', null);
  await admin.invite(year, { selection: { kind: 'codes', codes: ['0136', '0138', '0139', '0140'] }, sendMail: false });
  const haninge = await loginAs(ctx.app, [{ role: 'respondent', organisationCode: '0136' }]);
  const tyreso = await loginAs(ctx.app, [{ role: 'respondent', organisationCode: '0138' }]);
  await answerAsRespondent(ctx.app, {
    cookie: haninge.cookie,
    year,
    organisationId: await organisationIdByCode(ctx.app, '0136'),
    areas: ['ciso'],
    submit: true,
  });
  await answerAsRespondent(ctx.app, {
    cookie: tyreso.cookie,
    year,
    organisationId: await organisationIdByCode(ctx.app, '0138'),
    areas: ['ciso'],
    submit: false,
  });
  return { admin, haninge, tyreso };
}

const codesOf = (list: { code: string }[]) => list.map((o) => o.code).sort();

describe('reminders', () => {
  it('previews who is reminded and why the others are skipped, without sending anything', async () => {
    const { admin, tyreso } = await roundWithProgress(2051);
    const before = (await outboxOfKind(ctx.app, 'round_reminder')).length;
    const preview = (await admin.previewReminders(2051, { note: 'Sista veckan!' })).json();
    expect(preview.intervalHours).toBe(48);
    expect(codesOf(preview.recipients)).toEqual(['0138', '0139']);
    expect(preview.recipients.find((r: { code: string }) => r.code === '0138').addresses).toEqual(['kommun@tyreso.example.se', tyreso.email]);
    expect(preview.skipped).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: '0136', reason: 'submitted' }),
        expect.objectContaining({ code: '0140', reason: 'no_address' }),
      ]),
    );
    expect(preview.text).toContain('Sista veckan!');
    expect((await outboxOfKind(ctx.app, 'round_reminder')).length).toBe(before);
  });

  it('sends only to organisations not submitted, records each delivery, and never twice within the interval', async () => {
    const { admin } = await roundWithProgress(2052);
    const sent = (await admin.sendReminders(2052)).json();
    expect(codesOf(sent.recipients)).toEqual(['0138', '0139']);
    // One message per address: the contact address and every respondent of the organisation.
    const addressCount = sent.recipients.flatMap((r: { addresses: string[] }) => r.addresses).length;
    expect(sent.sent).toBe(addressCount);
    // The test app has no mail server (SMTP_URL unset): the answer says the reminders wait in the outbox.
    expect(sent.delivery).toBe('outbox');
    const mails = (await outboxOfKind(ctx.app, 'round_reminder')).filter((m) => m.subject.includes('2052'));
    expect(mails.map((m) => m.to_address)).not.toContain('kommun@haninge.example.se');
    // Upplands-Bro has no respondent yet: its contact address gets a fresh registration link.
    expect(mails.find((m) => m.to_address === 'kommun@upplands-bro.example.se')!.body_text).toMatch(/\/registrera\?token=/);
    expect(mails.find((m) => m.to_address === 'kommun@tyreso.example.se')!.body_text).toContain('/logga-in');

    const deliveries = await ctx.app.db.selectFrom('reminder_delivery').selectAll().where('to_address', 'like', '%example.se').execute();
    expect(deliveries.filter((d) => mails.some((m) => m.id === d.outbox_message_id))).toHaveLength(addressCount);

    const again = (await admin.sendReminders(2052)).json();
    expect(again.sent).toBe(0);
    expect(codesOf(again.skipped.filter((s: { reason: string }) => s.reason === 'recently_reminded'))).toEqual(['0138', '0139']);

    const overridden = (await admin.sendReminders(2052, { minIntervalHours: 0 })).json();
    expect(overridden.sent).toBe(addressCount);
    const audit = await ctx.app.db.selectFrom('audit_log').select('details').where('action', '=', 'round.reminders_sent').execute();
    expect(audit.filter((a) => a.details.year === 2052).map((a) => a.details.messages)).toEqual([addressCount, 0, addressCount]);
  });

  it('reminds a chosen subset only, and names chosen organisations that are not invited', async () => {
    const { admin } = await roundWithProgress(2053);
    const ids = [
      await organisationIdByCode(ctx.app, '0139'),
      await organisationIdByCode(ctx.app, '0136'),
      await organisationIdByCode(ctx.app, '0160'),
    ];
    const sent = (await admin.sendReminders(2053, { organisationIds: ids })).json();
    expect(codesOf(sent.recipients)).toEqual(['0139']);
    expect(sent.skipped.map((s: { code: string; reason: string }) => `${s.code}:${s.reason}`).sort()).toEqual(['0136:submitted', '0160:not_invited']);
  });

  it('counts invitation mails, first or resent, as mails about the round until the interval has passed', async () => {
    const { admin } = await roundWithProgress(2059);
    const upplandsBro = await organisationIdByCode(ctx.app, '0139');
    expect((await admin.resendInvitation(2059, upplandsBro)).statusCode).toBe(200);
    const reasons = (plan: { skipped: { code: string; reason: string }[] }) => plan.skipped.map((s) => `${s.code}:${s.reason}`).sort();

    const preview = (await admin.previewReminders(2059)).json();
    expect(codesOf(preview.recipients)).toEqual(['0138']);
    expect(reasons(preview)).toEqual(['0136:submitted', '0139:recently_invited', '0140:no_address']);
    const sent = (await admin.sendReminders(2059)).json();
    expect(codesOf(sent.recipients)).toEqual(['0138']);
    expect(reasons(sent)).toContain('0139:recently_invited');
    const remindersTo = async (organisationId: number) =>
      (await outboxOfKind(ctx.app, 'round_reminder')).filter((m) => m.organisation_id === organisationId && m.subject.includes('2059'));
    expect(await remindersTo(upplandsBro)).toEqual([]);

    // Two days later the interval has passed.
    await ctx.app.db
      .updateTable('outbox_message')
      .set({ created_at: sql<Date>`created_at - interval '49 hours'` })
      .where('organisation_id', '=', upplandsBro)
      .where('round_id', '=', (eb) => eb.selectFrom('round').select('id').where('year', '=', 2059))
      .execute();
    const later = (await admin.sendReminders(2059)).json();
    expect(codesOf(later.recipients)).toEqual(['0139']);
    expect(await remindersTo(upplandsBro)).toHaveLength(1);
    expect(reasons(later)).toContain('0138:recently_reminded');

    // A first invitation mail counts the same way.
    await setContactEmail(ctx.app, '0160', 'kommun@taby.example.se');
    await admin.invite(2059, { selection: { kind: 'codes', codes: ['0160'] }, sendMail: true });
    expect(reasons((await admin.previewReminders(2059)).json())).toContain('0160:recently_invited');
  });

  it('shows the last reminder in the monitor', async () => {
    const { admin } = await roundWithProgress(2054);
    await admin.sendReminders(2054);
    const monitor = (await admin.monitor(2054)).json();
    const tyreso = monitor.organisations.find((o: { code: string }) => o.code === '0138');
    expect(tyreso.lastReminderAt).toEqual(expect.any(String));
  });

  it('sends reminders only while the round is open', async () => {
    const { admin } = await roundWithProgress(2055);
    await admin.setState(2055, 'closed');
    const response = await admin.sendReminders(2055);
    expect(response.statusCode).toBe(409);
  });
});

describe('reopening a submitted response on request', () => {
  it('sets the response back to draft and audits the reason', async () => {
    const { admin, haninge } = await roundWithProgress(2056);
    const haningeId = await organisationIdByCode(ctx.app, '0136');
    const response = await admin.reopen(2056, haningeId, 'Kommunen vill rätta svaret om kontinuitet.');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ organisationId: haningeId, status: 'draft' });
    const entry = await ctx.app.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'response.reopened')
      .where('organisation_id', '=', haningeId)
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(entry).toMatchObject({
      actor_user_id: adminUser!.id,
      details: expect.objectContaining({ reason: 'Kommunen vill rätta svaret om kontinuitet.', byAdministrator: true }),
    });
    const monitor = (await admin.monitor(2056)).json();
    expect(monitor.totals.submitted).toBe(0);
    // The respondent can submit again.
    const again = await ctx.app.inject({
      method: 'POST',
      url: `${responseUrl(2056, haningeId)}/submit`,
      headers: { cookie: haninge.cookie },
      payload: { version: response.json().version },
    });
    expect(again.statusCode).toBe(200);
  });

  it('needs a reason and a submitted response', async () => {
    const { admin } = await roundWithProgress(2057);
    expect((await admin.reopen(2057, await organisationIdByCode(ctx.app, '0136'), '')).statusCode).toBe(400);
    const draft = await admin.reopen(2057, await organisationIdByCode(ctx.app, '0138'), 'Begärt av kommunen');
    expect(draft.statusCode).toBe(409);
    expect(draft.json().error.code).toBe('response_not_submitted');
  });

  it('refuses after the round has closed', async () => {
    const { admin } = await roundWithProgress(2058);
    await admin.setState(2058, 'closed');
    const response = await admin.reopen(2058, await organisationIdByCode(ctx.app, '0136'), 'För sent');
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('round_closed');
  });
});
