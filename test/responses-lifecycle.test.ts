import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from './support/app';
import { loginAs, organisationIdByCode, type TestUser } from './support/auth';
import { closeRound, openRoundWithInvitations, responseUrl } from './support/survey';

const ctx = useTestApp();
let orgId: number;
let respondent: TestUser;

beforeAll(async () => {
  orgId = await organisationIdByCode(ctx.app, '0180');
  respondent = await loginAs(ctx.app, [{ role: 'respondent', organisationCode: '0180' }]);
});

const inject = (method: 'GET' | 'PUT' | 'POST', url: string, payload?: object) =>
  ctx.app.inject({ method, url, headers: { cookie: respondent.cookie }, ...(payload && { payload }) });

const read = async (year: number) => (await inject('GET', responseUrl(year, orgId))).json();
const save = (year: number, areaKey: string, body: object) => inject('PUT', `${responseUrl(year, orgId)}/areas/${areaKey}`, body);
const submit = (year: number, version: number) => inject('POST', `${responseUrl(year, orgId)}/submit`, { version });
const reopen = (year: number) => inject('POST', `${responseUrl(year, orgId)}/reopen`);
const carryOver = (year: number) => inject('POST', `${responseUrl(year, orgId)}/carry-over`);

async function answer(year: number, areaKey: string, main: 'yes' | 'no', followup: string | null = null, comment: string | null = null) {
  const { version } = await read(year);
  const response = await save(year, areaKey, { version, main, followup, comment });
  expect(response.statusCode).toBe(200);
}

describe('submitting and reopening', () => {
  const YEAR = 2032;
  beforeAll(() => openRoundWithInvitations(ctx.app, YEAR, ['0180']));

  it('refuses to submit a response with no answers', async () => {
    expect((await submit(YEAR, 0)).json().error.code).toBe('response_empty');
  });

  it('submits, recording who and when and a snapshot of the answers', async () => {
    await answer(YEAR, 'risk', 'yes', 'full', 'KLASSA');
    await answer(YEAR, 'ciso', 'no');
    const { version } = await read(YEAR);
    const response = await submit(YEAR, version);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ status: 'submitted', version: version + 1, submittedBy: { id: respondent.id } });
    expect(body.submissions).toHaveLength(1);
    expect(body.submissions[0].submittedAt).toBe(body.submittedAt);

    const snapshot = await ctx.app.db.selectFrom('response_submission').select('answers').executeTakeFirstOrThrow();
    expect(snapshot.answers).toEqual({
      risk: { main: 'yes', followup: 'full', comment: 'KLASSA' },
      ciso: { main: 'no', followup: null, comment: null },
    });
    const audit = await ctx.app.db.selectFrom('audit_log').select('details').where('action', '=', 'response.submitted').executeTakeFirstOrThrow();
    expect(audit.details).toMatchObject({ answeredAreas: 2 });
  });

  it('refuses changes to a submitted response until it is reopened', async () => {
    const { version } = await read(YEAR);
    const response = await save(YEAR, 'risk', { version, main: 'no', followup: null, comment: null });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('response_submitted');
    expect((await submit(YEAR, version)).json().error.code).toBe('response_submitted');
  });

  it('refuses a submit on a stale version', async () => {
    expect((await reopen(YEAR)).statusCode).toBe(200);
    const { version } = await read(YEAR);
    await answer(YEAR, 'risk', 'yes', 'improving');
    const stale = await submit(YEAR, version);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'version_conflict', details: { currentVersion: version + 1 } });
  });

  it('keeps every submission in the history when submitted again', async () => {
    const { version, status, submittedAt } = await read(YEAR);
    expect(status).toBe('draft');
    expect(submittedAt).toBeNull();
    const again = (await submit(YEAR, version)).json();
    expect(again.status).toBe('submitted');
    expect(again.submissions).toHaveLength(2);
    expect(again.submissions[0].id).toBeGreaterThan(again.submissions[1].id);
    const reopened = await ctx.app.db.selectFrom('audit_log').select('action').where('action', '=', 'response.reopened').execute();
    expect(reopened).toHaveLength(1);
  });

  it('refuses to reopen a response that is not submitted', async () => {
    expect((await reopen(YEAR)).statusCode).toBe(200);
    expect((await reopen(YEAR)).json().error.code).toBe('response_not_submitted');
  });
});

describe('a closed round', () => {
  const YEAR = 2033;

  it('answers 409 to every write and stays readable', async () => {
    await openRoundWithInvitations(ctx.app, YEAR, ['0180']);
    await answer(YEAR, 'risk', 'no');
    const { version } = await read(YEAR);
    expect((await submit(YEAR, version)).statusCode).toBe(200);
    await closeRound(ctx.app, YEAR);

    const after = await read(YEAR);
    expect(after).toMatchObject({ status: 'submitted', acceptingAnswers: false, canWrite: false, roundState: 'closed' });
    const writes = [
      save(YEAR, 'risk', { version: after.version, main: 'yes', followup: 'full', comment: null }),
      submit(YEAR, after.version),
      reopen(YEAR),
      carryOver(YEAR),
    ];
    for (const response of await Promise.all(writes)) {
      expect(response.statusCode).toBe(409);
      expect(response.json().error.code).toBe('round_closed');
    }
  });
});

describe('starting from last year', () => {
  const LAST_YEAR = 2034;
  const YEAR = 2035;

  beforeAll(async () => {
    await openRoundWithInvitations(ctx.app, LAST_YEAR, ['0180']);
    await answer(LAST_YEAR, 'risk', 'yes', 'partial', 'Förra året');
    await answer(LAST_YEAR, 'ciso', 'yes', '50to74');
    await answer(LAST_YEAR, 'awareness', 'no');
    // Answers from an older bank whose keys this round's bank lacks: an unknown area, and an unknown option.
    const { id: responseId } = await ctx.app.db
      .selectFrom('response')
      .select('id')
      .where('organisation_id', '=', orgId)
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    await ctx.app.db
      .insertInto('answer')
      .values([
        { response_id: responseId, area_key: 'cloud', main: 'yes', followup: 'full', comment: null },
        { response_id: responseId, area_key: 'incidents', main: 'yes', followup: 'retired_option', comment: null },
      ])
      .execute();
    await closeRound(ctx.app, LAST_YEAR);
    await openRoundWithInvitations(ctx.app, YEAR, ['0180']);
  });

  it('offers the previous year', async () => {
    expect((await read(YEAR)).carryOverFromYear).toBe(LAST_YEAR);
  });

  it('copies the answers on known keys only, each marked as carried over', async () => {
    await answer(YEAR, 'awareness', 'yes', 'full');
    const response = await carryOver(YEAR);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.fromYear).toBe(LAST_YEAR);
    expect(body.copiedAreas.sort()).toEqual(['ciso', 'incidents', 'risk']);
    const { answers } = body.response;
    expect(answers.risk).toMatchObject({ main: 'yes', followup: 'partial', comment: 'Förra året', carriedOver: true });
    expect(answers.ciso).toMatchObject({ main: 'yes', followup: '50to74', carriedOver: true });
    expect(answers.incidents).toMatchObject({ main: 'yes', followup: null, carriedOver: true });
    expect(answers.cloud).toBeUndefined();
    // What was already answered this year is never overwritten.
    expect(answers.awareness).toMatchObject({ main: 'yes', followup: 'full', carriedOver: false });
    const audit = await ctx.app.db.selectFrom('audit_log').select('details').where('action', '=', 'response.carried_over').executeTakeFirstOrThrow();
    expect(audit.details).toMatchObject({ fromYear: LAST_YEAR });
  });

  it('keeps the carried-over mark until the person confirms or changes the answer', async () => {
    let { version } = await read(YEAR);
    const confirmed = await save(YEAR, 'risk', { version, main: 'yes', followup: 'partial', comment: 'Förra året', confirmCarriedOver: true });
    expect(confirmed.json()).toMatchObject({ version: version + 1, answer: { carriedOver: false } });
    version = confirmed.json().version;
    const changed = await save(YEAR, 'ciso', { version, main: 'yes', followup: '75to100', comment: null });
    expect(changed.json().answer).toMatchObject({ followup: '75to100', carriedOver: false });
    expect((await read(YEAR)).answers.incidents.carriedOver).toBe(true);
  });

  it('copies nothing more when run again', async () => {
    const body = (await carryOver(YEAR)).json();
    expect(body.copiedAreas).toEqual([]);
  });

  it('says so when there is nothing to start from', async () => {
    const other = await loginAs(ctx.app, [{ role: 'respondent', organisationCode: '0181' }]);
    const otherOrg = await organisationIdByCode(ctx.app, '0181');
    await ctx.app.db
      .insertInto('round_invitation')
      .values({
        round_id: (await ctx.app.db.selectFrom('round').select('id').where('year', '=', YEAR).executeTakeFirstOrThrow()).id,
        organisation_id: otherOrg,
      })
      .execute();
    const response = await ctx.app.inject({ method: 'POST', url: `${responseUrl(YEAR, otherOrg)}/carry-over`, headers: { cookie: other.cookie } });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('no_previous_answers');
  });
});

describe('starting from what was reported last year', () => {
  const LAST_YEAR = 2036;
  const YEAR = 2037;

  it('copies the last submitted answers, not later changes that were never submitted', async () => {
    await openRoundWithInvitations(ctx.app, LAST_YEAR, ['0180']);
    await answer(LAST_YEAR, 'risk', 'yes', 'full', 'Inlämnat');
    await answer(LAST_YEAR, 'ciso', 'no');
    expect((await submit(LAST_YEAR, (await read(LAST_YEAR)).version)).statusCode).toBe(200);
    // Reopened and changed, but the round closed before it was submitted again.
    expect((await reopen(LAST_YEAR)).statusCode).toBe(200);
    await answer(LAST_YEAR, 'risk', 'no', null, 'Ändrat efteråt');
    await answer(LAST_YEAR, 'awareness', 'yes', 'full');
    await closeRound(ctx.app, LAST_YEAR);
    await openRoundWithInvitations(ctx.app, YEAR, ['0180']);

    const body = (await carryOver(YEAR)).json();
    expect(body.fromYear).toBe(LAST_YEAR);
    expect(body.copiedAreas.sort()).toEqual(['ciso', 'risk']);
    expect(body.response.answers.risk).toMatchObject({ main: 'yes', followup: 'full', comment: 'Inlämnat', carriedOver: true });
    expect(body.response.answers.awareness).toBeUndefined();
  });
});
