import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from './support/app';
import { loginAs, organisationIdByCode, type TestUser } from './support/auth';
import { closeRound, openRoundWithInvitations, responseUrl } from './support/survey';

const ctx = useTestApp();
const LAST_YEAR = 2044;
const YEAR = 2045;
let orgId: number;
let respondent: TestUser;

const inject = (method: 'GET' | 'PUT' | 'POST', url: string, payload?: object) =>
  ctx.app.inject({ method, url, headers: { cookie: respondent.cookie }, ...(payload && { payload }) });
const read = async (year: number) => (await inject('GET', responseUrl(year, orgId))).json();
const save = (year: number, areaKey: string, body: object) => inject('PUT', `${responseUrl(year, orgId)}/areas/${areaKey}`, body);
const submit = (year: number, version: number) => inject('POST', `${responseUrl(year, orgId)}/submit`, { version });
const myRound = async (year: number) => (await inject('GET', '/api/my/rounds')).json().rounds.find((round: { year: number }) => round.year === year);

async function answer(year: number, areaKey: string, main: 'yes' | 'no', followup: string | null = null) {
  const { version } = await read(year);
  expect((await save(year, areaKey, { version, main, followup, comment: null })).statusCode).toBe(200);
}

beforeAll(async () => {
  orgId = await organisationIdByCode(ctx.app, '0180');
  respondent = await loginAs(ctx.app, [{ role: 'respondent', organisationCode: '0180' }]);
  await openRoundWithInvitations(ctx.app, LAST_YEAR, ['0180']);
  await answer(LAST_YEAR, 'risk', 'yes', 'partial');
  await answer(LAST_YEAR, 'ciso', 'no');
  await answer(LAST_YEAR, 'awareness', 'yes', 'full');
  await closeRound(ctx.app, LAST_YEAR);
  await openRoundWithInvitations(ctx.app, YEAR, ['0180']);
});

describe('submitting answers carried over from last year', () => {
  it('counts carried-over answers as to confirm, not as answered, in the round list', async () => {
    await answer(YEAR, 'incidents', 'no');
    expect((await inject('POST', `${responseUrl(YEAR, orgId)}/carry-over`)).statusCode).toBe(200);
    expect(await myRound(YEAR)).toMatchObject({ answeredAreas: 1, unconfirmedAreas: 3, totalAreas: 10 });
  });

  it('refuses to submit while any answer is still carried over, naming the areas', async () => {
    const { version } = await read(YEAR);
    const refused = await submit(YEAR, version);
    expect(refused.statusCode).toBe(409);
    const { error } = refused.json();
    expect(error.code).toBe('unconfirmed_answers');
    expect(error.details.areas.sort()).toEqual(['awareness', 'ciso', 'risk']);
    expect((await read(YEAR)).status).toBe('draft');
    expect(await ctx.app.db.selectFrom('response_submission').select('id').execute()).toEqual([]);
  });

  it('still refuses while one is left, and submits once each is confirmed or changed', async () => {
    let { version, answers } = await read(YEAR);
    version = (await save(YEAR, 'risk', { version, ...fields(answers.risk), confirmCarriedOver: true })).json().version;
    version = (await save(YEAR, 'ciso', { version, main: 'yes', followup: '25to49', comment: null })).json().version;
    const refused = await submit(YEAR, version);
    expect(refused.json().error).toMatchObject({ code: 'unconfirmed_answers', details: { areas: ['awareness'] } });
    expect(await myRound(YEAR)).toMatchObject({ answeredAreas: 3, unconfirmedAreas: 1 });

    ({ answers } = await read(YEAR));
    version = (await save(YEAR, 'awareness', { version, ...fields(answers.awareness), confirmCarriedOver: true })).json().version;
    const submitted = await submit(YEAR, version);
    expect(submitted.statusCode).toBe(200);
    expect(submitted.json()).toMatchObject({ status: 'submitted' });
    expect(await myRound(YEAR)).toMatchObject({ answeredAreas: 4, unconfirmedAreas: 0 });
  });
});

const fields = (answer: { main: string | null; followup: string | null; comment: string | null }) => ({
  main: answer.main,
  followup: answer.followup,
  comment: answer.comment,
});
