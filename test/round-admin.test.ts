import { describe, expect, it } from 'vitest';
import { tokenMailedTo } from './support/outbox';
import { useTestApp } from './support/app';
import { loginAs, organisationIdByCode, TEST_PASSWORD, type TestUser } from './support/auth';
import { answerAsRespondent, daysFromNow, outboxOfKind, roundAdminApi, setContactEmail } from './support/round-admin';

const ctx = useTestApp();

let adminUser: TestUser | undefined;
async function api() {
  adminUser ??= await loginAs(ctx.app, [{ role: 'admin' }]);
  return roundAdminApi(ctx.app, adminUser.cookie);
}

async function invitedCodes(year: number): Promise<string[]> {
  const rows = await ctx.app.db
    .selectFrom('round_invitation')
    .innerJoin('round', 'round.id', 'round_invitation.round_id')
    .innerJoin('organisation', 'organisation.id', 'round_invitation.organisation_id')
    .select('organisation.code')
    .where('round.year', '=', year)
    .orderBy('organisation.code')
    .execute();
  return rows.map((r) => r.code);
}

describe('inviting organisations to a round', () => {
  it('invites every municipality in one action, and a second call invites nobody twice', async () => {
    const admin = await api();
    await admin.createRound(2031);
    const first = await admin.invite(2031, { selection: { kind: 'municipalities' }, sendMail: false });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ invited: 290, alreadyInvited: 0, mailed: 0, unknownCodes: [] });
    const again = await admin.invite(2031, { selection: { kind: 'municipalities' } });
    expect(again.json()).toMatchObject({ invited: 0, alreadyInvited: 290, mailed: 0 });
    expect(await invitedCodes(2031)).toHaveLength(290);
  });

  it('invites by county', async () => {
    const admin = await api();
    await admin.createRound(2032);
    const response = await admin.invite(2032, { selection: { kind: 'filter', county: '25' }, sendMail: false });
    const codes = await invitedCodes(2032);
    expect(response.json().invited).toBe(codes.length);
    expect(codes.length).toBeGreaterThan(10);
    expect(codes.every((code) => code.startsWith('25'))).toBe(true);
  });

  it('invites a pasted list of codes and reports the unknown ones', async () => {
    const admin = await api();
    await admin.createRound(2033);
    const response = await admin.invite(2033, { selection: { kind: 'codes', codes: ['0114', '1280', '9999', 'nope'] }, sendMail: false });
    expect(response.json()).toMatchObject({ invited: 2, unknownCodes: ['9999', 'nope'] });
    expect(await invitedCodes(2033)).toEqual(['0114', '1280']);
  });

  it('mails each newly invited organisation with a contact address and reports those without one', async () => {
    const admin = await api();
    await admin.createRound(2034);
    await setContactEmail(ctx.app, '0115', 'Registrator@Vallentuna.example.se');
    await setContactEmail(ctx.app, '0117', null);
    const response = await admin.invite(2034, { selection: { kind: 'codes', codes: ['0115', '0117'] } });
    expect(response.json()).toMatchObject({ invited: 2, mailed: 1, withoutContact: [{ code: '0117', name: 'Österåker' }] });
    const mails = (await outboxOfKind(ctx.app, 'round_invitation')).filter((m) => m.subject.includes('2034'));
    expect(mails.map((m) => m.to_address)).toEqual(['registrator@vallentuna.example.se']);
    expect(mails[0]!.body_text).toContain('Vallentuna');
    expect(mails[0]!.body_text).toMatch(/\/registrera\?token=/);
  });

  it('writes the invitation to the audit log', async () => {
    const admin = await api();
    await admin.createRound(2035);
    await admin.invite(2035, { selection: { kind: 'codes', codes: ['0120'] }, sendMail: false });
    const entry = await ctx.app.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'round.organisations_invited')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(entry.actor_user_id).toBe(adminUser!.id);
    expect(entry.details).toMatchObject({ year: 2035, invited: 1 });
  });

  it('refuses a published round, an unknown year and non-administrators', async () => {
    const admin = await api();
    expect((await admin.invite(2099, { selection: { kind: 'municipalities' } })).statusCode).toBe(404);
    const respondent = await loginAs(ctx.app, [{ role: 'respondent', organisationCode: '0114' }]);
    const forbidden = await roundAdminApi(ctx.app, respondent.cookie).invite(2031, { selection: { kind: 'municipalities' } });
    expect(forbidden.statusCode).toBe(403);
  });
});

describe('registering through the invitation link', () => {
  it('creates a respondent of the organisation once; the link cannot be used again', async () => {
    const admin = await api();
    await admin.createRound(2036);
    await setContactEmail(ctx.app, '0123', 'kommun@jarfalla.example.se');
    await admin.invite(2036, { selection: { kind: 'codes', codes: ['0123'] } });
    const token = await tokenMailedTo(ctx.app, 'kommun@jarfalla.example.se', 'round_invitation');

    const info = await ctx.app.inject({ method: 'POST', url: '/api/registrations/inspect', payload: { token } });
    expect(info.json()).toMatchObject({ organisationName: 'Järfälla', year: 2036 });

    const account = { email: 'ciso@jarfalla.example.se', name: 'Kim Ciso', password: TEST_PASSWORD };
    const accepted = await ctx.app.inject({ method: 'POST', url: '/api/registrations/accept', payload: { token, account } });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toEqual({ outcome: 'registered', organisationName: 'Järfälla' });

    const login = await ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: account.email, password: TEST_PASSWORD } });
    expect(login.statusCode).toBe(200);
    const me = await ctx.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { cookie: `mognad_session=${login.cookies.find((c) => c.name === 'mognad_session')!.value}` },
    });
    expect(me.json().user.roles).toEqual([
      { role: 'respondent', organisationId: await organisationIdByCode(ctx.app, '0123'), organisationName: 'Järfälla' },
    ]);

    const reused = await ctx.app.inject({
      method: 'POST',
      url: '/api/registrations/accept',
      payload: { token, account: { ...account, email: 'other@example.se' } },
    });
    expect(reused.statusCode).toBe(400);
    expect(reused.json().error.code).toBe('token_used');
  });

  it('adds the role to a logged-in person, and refuses to attach it to an existing account by e-mail', async () => {
    const admin = await api();
    await admin.createRound(2037);
    await setContactEmail(ctx.app, '0125', 'kommun@ekero.example.se');
    await admin.invite(2037, { selection: { kind: 'codes', codes: ['0125'] } });
    const token = await tokenMailedTo(ctx.app, 'kommun@ekero.example.se', 'round_invitation');
    const existing = await loginAs(ctx.app, [{ role: 'viewer', organisationCode: '0125' }]);

    const byEmail = await ctx.app.inject({
      method: 'POST',
      url: '/api/registrations/accept',
      payload: { token, account: { email: existing.email, name: 'X', password: TEST_PASSWORD } },
    });
    expect(byEmail.statusCode).toBe(409);
    expect(byEmail.json().error.code).toBe('account_exists');

    const loggedIn = await ctx.app.inject({
      method: 'POST',
      url: '/api/registrations/accept',
      headers: { cookie: existing.cookie },
      payload: { token },
    });
    expect(loggedIn.json()).toEqual({ outcome: 'role_added', organisationName: 'Ekerö' });
  });

  it('rejects an unknown token', async () => {
    const response = await ctx.app.inject({ method: 'POST', url: '/api/registrations/inspect', payload: { token: 'x'.repeat(43) } });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('token_invalid');
  });
});

describe('monitoring a round', () => {
  it('shows each invited organisation with status, areas answered, last activity and who; totals as numbers', async () => {
    const admin = await api();
    await admin.createRound(2038);
    await admin.setState(2038, 'open');
    await admin.invite(2038, { selection: { kind: 'codes', codes: ['0126', '0127', '0128'] }, sendMail: false });
    const huddinge = await loginAs(ctx.app, [{ role: 'respondent', organisationCode: '0126' }]);
    const botkyrka = await loginAs(ctx.app, [{ role: 'respondent', organisationCode: '0127' }]);
    await answerAsRespondent(ctx.app, {
      cookie: huddinge.cookie,
      year: 2038,
      organisationId: await organisationIdByCode(ctx.app, '0126'),
      areas: ['ciso', 'risk'],
      submit: true,
    });
    await answerAsRespondent(ctx.app, {
      cookie: botkyrka.cookie,
      year: 2038,
      organisationId: await organisationIdByCode(ctx.app, '0127'),
      areas: ['ciso'],
      submit: false,
    });

    const monitor = (await admin.monitor(2038)).json();
    expect(monitor.totals).toEqual({ invited: 3, notStarted: 1, draft: 1, submitted: 1, responseRate: 1 / 3 });
    expect(monitor.areasTotal).toBe(10);
    const byCode = Object.fromEntries(monitor.organisations.map((o: { code: string }) => [o.code, o]));
    expect(byCode['0126']).toMatchObject({ status: 'submitted', areasAnswered: 2, lastActivityBy: 'Test Person', respondents: 1 });
    expect(byCode['0127']).toMatchObject({ status: 'draft', areasAnswered: 1, submittedAt: null });
    expect(byCode['0128']).toMatchObject({ status: 'not_started', areasAnswered: 0, lastActivityAt: null, respondents: 0 });
    const today = monitor.timeline.at(-1);
    expect(today).toMatchObject({ started: 2, submitted: 1 });
    expect(monitor.timeline.length).toBeGreaterThanOrEqual(2);
  });
});

describe('paging, filtering and searching the monitor list', () => {
  it('pages the invited organisations by name, filters by status, county and type, and searches name and code; totals stay whole', async () => {
    const admin = await api();
    await admin.createRound(2043);
    await admin.setState(2043, 'open');
    await admin.invite(2043, { selection: { kind: 'municipalities' }, sendMail: false });
    const respondent = await loginAs(ctx.app, [{ role: 'respondent', organisationCode: '1280' }]);
    await answerAsRespondent(ctx.app, {
      cookie: respondent.cookie,
      year: 2043,
      organisationId: await organisationIdByCode(ctx.app, '1280'),
      areas: ['ciso'],
      submit: false,
    });

    const first = (await admin.monitor(2043, 'limit=50')).json();
    expect(first.organisations).toHaveLength(50);
    expect(first.matching).toBe(290);
    expect(first.totals).toMatchObject({ invited: 290, draft: 1 });
    const second = (await admin.monitor(2043, 'limit=50&offset=50')).json();
    const all = (await admin.monitor(2043, 'limit=500')).json();
    const codes = (list: { code: string }[]) => list.map((o) => o.code);
    expect(codes([...first.organisations, ...second.organisations])).toEqual(codes(all.organisations.slice(0, 100)));
    expect(new Set(codes(all.organisations)).size).toBe(290);
    const last = (await admin.monitor(2043, 'limit=100&offset=200')).json();
    expect(last.organisations).toHaveLength(90);

    const drafts = (await admin.monitor(2043, 'status=draft')).json();
    expect(drafts.organisations.map((o: { code: string }) => o.code)).toEqual(['1280']);
    expect(drafts).toMatchObject({ matching: 1, totals: { invited: 290 } });

    const stockholmsLan = (await admin.monitor(2043, 'county=01&limit=500')).json();
    expect(stockholmsLan.matching).toBeGreaterThan(20);
    expect(stockholmsLan.organisations.every((o: { countyCode: string }) => o.countyCode === '01')).toBe(true);
    expect((await admin.monitor(2043, 'type=region')).json().matching).toBe(0);

    const search = (await admin.monitor(2043, `q=${encodeURIComponent('MALMÖ')}`)).json();
    expect(search.organisations.map((o: { code: string }) => o.code)).toEqual(['1280']);
    expect((await admin.monitor(2043, 'q=0114')).json().organisations.map((o: { name: string }) => o.name)).toEqual(['Upplands Väsby']);
  });

  it('answers 400, never 500, to a bad page or filter', async () => {
    const admin = await api();
    await admin.createRound(2044);
    for (const query of ['status=sent', 'county=1', 'type=nonsense', 'limit=0', 'limit=501', 'offset=-1', 'limit=abc', `q=${'x'.repeat(101)}`]) {
      const response = await admin.monitor(2044, query);
      expect(response.statusCode, query).toBe(400);
      expect(response.json().error.code, query).toBeTruthy();
    }
  });
});

describe('the response-rate timeline', () => {
  const stockholmDay = (daysAgo: number) =>
    new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
      new Date(Date.now() - daysAgo * 86_400_000),
    );
  async function backdate(year: number, code: string, times: { createdDaysAgo?: number; submittedDaysAgo?: number }) {
    const organisationId = await organisationIdByCode(ctx.app, code);
    const round = await ctx.app.db.selectFrom('round').select('id').where('year', '=', year).executeTakeFirstOrThrow();
    const ago = (days: number) => new Date(Date.now() - days * 86_400_000);
    await ctx.app.db
      .updateTable('response')
      .set({
        ...(times.createdDaysAgo !== undefined && { created_at: ago(times.createdDaysAgo) }),
        ...(times.submittedDaysAgo !== undefined && { submitted_at: ago(times.submittedDaysAgo) }),
      })
      .where('round_id', '=', round.id)
      .where('organisation_id', '=', organisationId)
      .execute();
  }

  it('counts drafts started on different days as drafts until they are submitted; its last point equals the totals', async () => {
    const admin = await api();
    await admin.createRound(2045, { opensAt: daysFromNow(-10) });
    await admin.setState(2045, 'open');
    const codes = ['0136', '0138', '0139', '0140'];
    await admin.invite(2045, { selection: { kind: 'codes', codes }, sendMail: false });
    const answer = async (code: string, submit: boolean) => {
      const respondent = await loginAs(ctx.app, [{ role: 'respondent', organisationCode: code }]);
      await answerAsRespondent(ctx.app, {
        cookie: respondent.cookie,
        year: 2045,
        organisationId: await organisationIdByCode(ctx.app, code),
        areas: ['ciso'],
        submit,
      });
    };
    await answer('0136', true);
    await answer('0138', false);
    await answer('0139', false);
    // 0136 was imported today with the time it was submitted five days ago; 0138 was started six days ago, 0139 today.
    await backdate(2045, '0136', { submittedDaysAgo: 5 });
    await backdate(2045, '0138', { createdDaysAgo: 6 });

    const monitor = (await admin.monitor(2045)).json();
    const byDay = Object.fromEntries(monitor.timeline.map((p: { date: string }) => [p.date, p]));
    expect(byDay[stockholmDay(7)]).toMatchObject({ draft: 0, submitted: 0 });
    expect(byDay[stockholmDay(6)]).toMatchObject({ draft: 1, submitted: 0 });
    expect(byDay[stockholmDay(5)]).toMatchObject({ started: 2, draft: 1, submitted: 1 });
    expect(monitor.timeline.at(-1)).toMatchObject({ draft: monitor.totals.draft, submitted: monitor.totals.submitted });
    expect(monitor.totals).toMatchObject({ draft: 2, submitted: 1, notStarted: 1 });
  });

  it('counts a reopened response as a draft again', async () => {
    const admin = await api();
    await admin.createRound(2040, { opensAt: daysFromNow(-3) });
    await admin.setState(2040, 'open');
    await admin.invite(2040, { selection: { kind: 'codes', codes: ['0160'] }, sendMail: false });
    const respondent = await loginAs(ctx.app, [{ role: 'respondent', organisationCode: '0160' }]);
    const organisationId = await organisationIdByCode(ctx.app, '0160');
    await answerAsRespondent(ctx.app, { cookie: respondent.cookie, year: 2040, organisationId, areas: ['ciso'], submit: true });
    expect((await admin.reopen(2040, organisationId, 'asked by phone')).statusCode).toBe(200);
    const monitor = (await admin.monitor(2040)).json();
    expect(monitor.timeline.at(-1)).toMatchObject({ draft: 1, submitted: 0 });
  });
});

describe('the round state machine from the administrator pages', () => {
  it('goes draft → open → closed → open (reopen) → closed → published, and refuses other moves', async () => {
    const admin = await api();
    await admin.createRound(2039);
    expect((await admin.setState(2039, 'closed')).statusCode).toBe(409);
    for (const state of ['open', 'closed', 'open', 'closed', 'published']) {
      const response = await admin.setState(2039, state);
      expect(response.statusCode, state).toBe(200);
      expect(response.json().state).toBe(state);
    }
    expect((await admin.setState(2039, 'open')).statusCode).toBe(409);
    expect((await admin.invite(2039, { selection: { kind: 'municipalities' } })).statusCode).toBe(409);
    const moves = await ctx.app.db.selectFrom('audit_log').select('details').where('action', '=', 'round.state_change').execute();
    expect(moves.filter((m) => m.details.year === 2039)).toHaveLength(5);
  });

  it('extends the window of a round', async () => {
    const admin = await api();
    await admin.createRound(2040);
    const closesAt = '2040-05-03T22:00:00.000Z';
    const response = await admin.send('PATCH', '/api/admin/rounds/2040', { opensAt: '2040-03-25T07:00:00.000Z', closesAt });
    expect(response.json()).toMatchObject({ closesAt });
  });
});

describe('question-bank versions', () => {
  it('copies a version, edits it while unused, creates a round on it and freezes it when the round opens', async () => {
    const admin = await api();
    const copied = await admin.send('POST', '/api/admin/question-bank/versions', { from: '2019.1', version: '2041.1' });
    expect(copied.statusCode).toBe(201);
    const document = (await admin.send('GET', '/api/admin/question-bank/versions/2041.1')).json();
    expect(document.areas).toHaveLength(10);
    document.areas[1].title.sv = 'Ledningens information';
    const edited = await admin.send('PUT', '/api/admin/question-bank/versions/2041.1', document);
    expect(edited.statusCode).toBe(200);

    expect((await admin.createRound(2041, { bankVersion: '2041.1' })).json().bankVersion).toBe('2041.1');
    await admin.setState(2041, 'open');
    const questions = await ctx.app.inject({ method: 'GET', url: '/api/rounds/2041/questions', headers: { cookie: adminUser!.cookie } });
    expect(questions.json().areas[1].title).toBe('Ledningens information');

    const frozen = await admin.send('PUT', '/api/admin/question-bank/versions/2041.1', document);
    expect(frozen.statusCode).toBe(409);
    const list = (await admin.send('GET', '/api/admin/question-bank/versions')).json();
    expect(list.versions.find((v: { version: string }) => v.version === '2041.1')).toMatchObject({ rounds: [2041], frozenAt: expect.any(String) });
  });

  it('refuses an inconsistent bank with the problem named, and an existing version key', async () => {
    const admin = await api();
    const document = (await admin.send('GET', '/api/admin/question-bank/versions/2019.1')).json();
    await admin.send('POST', '/api/admin/question-bank/versions', { from: '2019.1', version: '2042.1' });
    const broken = { ...document, version: '2042.1', scoring: { ...document.scoring, areas: { ...document.scoring.areas, ciso: undefined } } };
    const response = await admin.send('PUT', '/api/admin/question-bank/versions/2042.1', broken);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toMatch(/scoring/);
    expect((await admin.send('POST', '/api/admin/question-bank/versions', { from: '2019.1', version: '2042.1' })).statusCode).toBe(409);
  });
});
