import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from './support/app';
import { loginAs, organisationIdByCode, type TestUser } from './support/auth';
import { openRoundWithInvitations, responseUrl } from './support/survey';

const ctx = useTestApp();
const YEAR = 2031;
let orgId: number;
let respondent: TestUser;

beforeAll(async () => {
  await openRoundWithInvitations(ctx.app, YEAR, ['0114', '0115']);
  orgId = await organisationIdByCode(ctx.app, '0114');
  respondent = await loginAs(ctx.app, [{ role: 'respondent', organisationCode: '0114' }]);
});

type Save = { version: number; main: 'yes' | 'no' | null; followup: string | null; comment: string | null; confirmCarriedOver?: boolean };

function read(user: TestUser, organisationId = orgId) {
  return ctx.app.inject({ method: 'GET', url: responseUrl(YEAR, organisationId), headers: { cookie: user.cookie } });
}

function save(user: TestUser, areaKey: string, body: Save | Record<string, unknown>, organisationId = orgId) {
  return ctx.app.inject({
    method: 'PUT',
    url: `${responseUrl(YEAR, organisationId)}/areas/${areaKey}`,
    headers: { cookie: user.cookie },
    payload: body,
  });
}

async function currentVersion(): Promise<number> {
  return (await read(respondent)).json().version;
}

describe('reading a response', () => {
  it('reads a response nobody has started as not_started at version 0, with the round rule', async () => {
    const other = await organisationIdByCode(ctx.app, '0115');
    const reader = await loginAs(ctx.app, [{ role: 'viewer', organisationCode: '0115' }]);
    const response = await read(reader, other);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ year: YEAR, status: 'not_started', version: 0, answers: {}, submissions: [], invited: true, canWrite: false });
    expect(body.organisation).toMatchObject({ id: other, code: '0115' });
    expect(body.scoringRule.areas.risk.followup.full).toBe(3);
  });
});

describe('saving an area', () => {
  it('saves one area and reads it back with a new version', async () => {
    const version = await currentVersion();
    const saved = await save(respondent, 'risk', { version, main: 'yes', followup: 'partial', comment: 'Årlig riskanalys' });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({
      version: version + 1,
      status: 'draft',
      areaKey: 'risk',
      answer: { main: 'yes', followup: 'partial', carriedOver: false },
    });

    const body = (await read(respondent)).json();
    expect(body.status).toBe('draft');
    expect(body.version).toBe(version + 1);
    expect(body.answers.risk).toMatchObject({ main: 'yes', followup: 'partial', comment: 'Årlig riskanalys', updatedBy: { id: respondent.id } });
    expect(body.canWrite).toBe(true);
  });

  it('removes the follow-up when the main answer becomes "no"', async () => {
    let version = await currentVersion();
    version = (await save(respondent, 'continuity', { version, main: 'yes', followup: 'full', comment: null })).json().version;
    const saved = await save(respondent, 'continuity', { version, main: 'no', followup: 'full', comment: null });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().answer).toMatchObject({ main: 'no', followup: null });
    const row = await ctx.app.db.selectFrom('answer').select(['main', 'followup']).where('area_key', '=', 'continuity').executeTakeFirstOrThrow();
    expect(row).toEqual({ main: 'no', followup: null });
  });

  it('does not bump the version for a save that changes nothing', async () => {
    const version = await currentVersion();
    const again = await save(respondent, 'continuity', { version, main: 'no', followup: null, comment: null });
    expect(again.json().version).toBe(version);
  });

  it('refuses an area the bank does not have, naming the field', async () => {
    const response = await save(respondent, 'cloud', { version: await currentVersion(), main: 'yes', followup: null, comment: null });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details.issues).toEqual([
      { field: 'params.areaKey', rule: 'answer_invalid', message: expect.stringContaining('cloud') },
    ]);
  });

  it('refuses an option the area does not have, naming the field', async () => {
    const response = await save(respondent, 'ciso', { version: await currentVersion(), main: 'yes', followup: 'full', comment: null });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details.issues).toEqual([
      { field: 'body.followup', rule: 'answer_invalid', message: expect.stringContaining('lt25') },
    ]);
  });

  it('refuses a malformed body, naming the field', async () => {
    const response = await save(respondent, 'risk', { version: await currentVersion(), main: 'maybe', followup: null, comment: null });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details.issues[0].field).toBe('body.main');
  });

  it("refuses a comment longer than the bank's limit", async () => {
    const response = await save(respondent, 'risk', { version: await currentVersion(), main: 'no', followup: null, comment: 'x'.repeat(2001) });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details.issues[0].field).toBe('body.comment');
  });

  it('records the change in the audit log without the comment text', async () => {
    const version = await currentVersion();
    await save(respondent, 'awareness', { version, main: 'yes', followup: 'started', comment: 'hemligt' });
    const entry = await ctx.app.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'response.answer_changed')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    // Written by the database function autosave_save (decisions 0030, 0032): every column recordAudit fills, as it fills them.
    const round = await ctx.app.db.selectFrom('round').select('id').where('year', '=', YEAR).executeTakeFirstOrThrow();
    expect(entry).toMatchObject({ actor_user_id: respondent.id, organisation_id: orgId, round_id: round.id, ip: '127.0.0.1' });
    expect(entry.details).toMatchObject({
      area: 'awareness',
      from: { main: null, followup: null },
      to: { main: 'yes', followup: 'started' },
      commentChanged: true,
      version: version + 1,
    });
    expect(JSON.stringify(entry.details)).not.toContain('hemligt');
  });
});

describe('two people editing the same response', () => {
  it('answers a stale save with 409 and the current server answer and version', async () => {
    const colleague = await loginAs(ctx.app, [{ role: 'respondent', organisationCode: '0114' }]);
    const version = await currentVersion();
    expect((await save(colleague, 'incidents', { version, main: 'yes', followup: 'full', comment: 'kollegans' })).statusCode).toBe(200);

    const stale = await save(respondent, 'incidents', { version, main: 'no', followup: null, comment: null });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('version_conflict');
    expect(stale.json().error.details).toMatchObject({
      currentVersion: version + 1,
      areaKey: 'incidents',
      serverAnswer: { main: 'yes', followup: 'full', comment: 'kollegans', updatedBy: { id: colleague.id } },
    });
    const kept = (await read(respondent)).json().answers.incidents;
    expect(kept).toMatchObject({ main: 'yes', followup: 'full' });
  });

  it('lets the person keep theirs by saving again on the new version', async () => {
    const version = await currentVersion();
    const resaved = await save(respondent, 'incidents', { version, main: 'no', followup: null, comment: null });
    expect(resaved.statusCode).toBe(200);
    expect((await read(respondent)).json().answers.incidents.main).toBe('no');
  });

  it('never loses an acknowledged write when many saves race from two sessions', async () => {
    const colleague = await loginAs(ctx.app, [{ role: 'respondent', organisationCode: '0114' }]);
    const version = await currentVersion();
    const attempts = Array.from({ length: 16 }, (_, i) => ({
      user: i % 2 === 0 ? respondent : colleague,
      body: { version, main: 'yes' as const, followup: ['started', 'partial', 'full', 'improving'][i % 4]!, comment: `försök ${i}` },
    }));
    const results = await Promise.all(attempts.map(({ user, body }) => save(user, 'procurement', body)));

    expect(results.every((r) => r.statusCode === 200 || r.statusCode === 409)).toBe(true);
    const acknowledged = results.flatMap((r, i) => (r.statusCode === 200 ? [attempts[i]!.body] : []));
    expect(acknowledged).toHaveLength(1);
    const final = (await read(respondent)).json();
    expect(final.version).toBe(version + 1);
    expect(final.answers.procurement).toMatchObject({ main: 'yes', followup: acknowledged[0]!.followup, comment: acknowledged[0]!.comment });
  });

  it('serialises rebased saves so each acknowledged write is counted in the version', async () => {
    const startVersion = await currentVersion();
    const areas = ['ciso', 'management', 'action_plan', 'classification', 'follow_up'];
    // Each client retries on 409 with the version the server reports, as the page does.
    async function saveUntilAccepted(areaKey: string, followup: string) {
      let version = startVersion;
      for (;;) {
        const response = await save(respondent, areaKey, { version, main: 'yes', followup, comment: null });
        if (response.statusCode === 200) return;
        expect(response.statusCode).toBe(409);
        version = response.json().error.details.currentVersion;
      }
    }
    await Promise.all(areas.map((key) => saveUntilAccepted(key, key === 'ciso' ? 'lt25' : 'full')));
    const final = (await read(respondent)).json();
    expect(final.version).toBe(startVersion + areas.length);
    for (const key of areas) expect(final.answers[key].main).toBe('yes');
  });
});

describe('who may write', () => {
  it("answers 404 for another organisation's response, to read or write", async () => {
    const other = await organisationIdByCode(ctx.app, '0115');
    expect((await read(respondent, other)).statusCode).toBe(404);
    const write = await save(respondent, 'risk', { version: 0, main: 'no', followup: null, comment: null }, other);
    expect(write.statusCode).toBe(404);
  });

  it('lets a viewer read but never write', async () => {
    const viewer = await loginAs(ctx.app, [{ role: 'viewer', organisationCode: '0114' }]);
    const reading = await read(viewer);
    expect(reading.statusCode).toBe(200);
    expect(reading.json().canWrite).toBe(false);
    const version = reading.json().version;
    expect((await save(viewer, 'risk', { version, main: 'no', followup: null, comment: null })).statusCode).toBe(403);
    const submit = await ctx.app.inject({
      method: 'POST',
      url: `${responseUrl(YEAR, orgId)}/submit`,
      headers: { cookie: viewer.cookie },
      payload: { version },
    });
    expect(submit.statusCode).toBe(403);
  });

  it('refuses writes from an organisation that is not invited, saying so', async () => {
    const outsider = await loginAs(ctx.app, [{ role: 'respondent', organisationCode: '0117' }]);
    const outsiderOrg = await organisationIdByCode(ctx.app, '0117');
    const response = await save(outsider, 'risk', { version: 0, main: 'no', followup: null, comment: null }, outsiderOrg);
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toMatchObject({ code: 'not_invited', message: expect.stringContaining('not invited') });
    const reading = (await read(outsider, outsiderOrg)).json();
    expect(reading).toMatchObject({ invited: false, canWrite: false, status: 'not_started' });
  });

  it('needs a session', async () => {
    const response = await ctx.app.inject({
      method: 'PUT',
      url: `${responseUrl(YEAR, orgId)}/areas/risk`,
      payload: { version: 0, main: 'no', followup: null, comment: null },
    });
    expect(response.statusCode).toBe(401);
  });
});

describe('my rounds', () => {
  it("lists the rounds of the user's organisations with status, progress and deadline", async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/my/rounds', headers: { cookie: respondent.cookie } });
    expect(response.statusCode).toBe(200);
    const [round] = response.json().rounds;
    expect(round).toMatchObject({
      year: YEAR,
      roundState: 'open',
      acceptingAnswers: true,
      organisation: { id: orgId, code: '0114' },
      invited: true,
      status: 'draft',
      totalAreas: 10,
      canWrite: true,
    });
    expect(typeof round.answeredAreas).toBe('number');
    expect(round.answeredAreas).toBeGreaterThan(0);
    expect(round.closesAt).toMatch(/Z$/);
  });

  it('is for respondents and viewers only', async () => {
    const analyst = await loginAs(ctx.app, [{ role: 'analyst' }]);
    const response = await ctx.app.inject({ method: 'GET', url: '/api/my/rounds', headers: { cookie: analyst.cookie } });
    expect(response.statusCode).toBe(403);
  });
});
