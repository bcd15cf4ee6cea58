import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from './support/app';
import { createUser, login, loginAs, organisationIdByCode, type TestUser } from './support/auth';
import { tokenMailedTo } from './support/outbox';
import { answerAsRespondent } from './support/round-admin';
import { ANSWERABLE_AREAS, openRoundWithInvitations, responseUrl } from './support/survey';

/**
 * Auditors (revisorer): invited by a respondent for a period, read-only,
 * checked by date on every request (dates are set in the past here, not
 * waited for), revocable, and every read in the organisation's access log.
 */
const ctx = useTestApp({ PUBLIC_URL: 'https://mognad.example.se' });
const YEAR = 2071;
const DAY_MS = 24 * 60 * 60 * 1000;
const STRONG = 'revisorn läser noga varje höst 1862';

let own: number;
let other: number;
let respondent: TestUser;

/** A Swedish calendar date (the server checks grants by the date in Sweden), days from today. */
const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY_MS).toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });

const get = (cookie: string, url: string) => ctx.app.inject({ method: 'GET', url, headers: { cookie } });
const post = (cookie: string, url: string, payload?: object) => ctx.app.inject({ method: 'POST', url, headers: { cookie }, payload: payload ?? {} });

let calls = 0;
const remoteAddress = () => `10.41.${Math.floor(++calls / 250)}.${calls % 250}`;

/** Invites an auditor, accepts as a new person and logs in; returns the auditor's session and grant id. */
async function auditorFor(organisationId: number, period = { startsOn: isoDay(0), endsOn: isoDay(30) }) {
  const email = `revisor-${Math.random().toString(36).slice(2, 8)}@revision.example.se`;
  const invited = await post(respondent.cookie, `/api/organisations/${organisationId}/auditors`, { email, ...period });
  expect(invited.statusCode, invited.body).toBe(202);
  const token = await tokenMailedTo(ctx.app, email, 'invitation');
  const described = await ctx.app.inject({
    method: 'POST',
    url: '/api/auth/invitations/describe',
    remoteAddress: remoteAddress(),
    payload: { token },
  });
  expect(described.json()).toMatchObject({ roles: [], auditor: { organisationName: 'Upplands Väsby', ...period } });
  const accepted = await ctx.app.inject({
    method: 'POST',
    url: '/api/auth/invitations/accept',
    remoteAddress: remoteAddress(),
    payload: { token, name: 'Rita Revisor', password: STRONG },
  });
  expect(accepted.statusCode, accepted.body).toBe(204);
  const grants = (await get(respondent.cookie, `/api/organisations/${organisationId}/auditors`)).json().grants;
  const grant = grants.find((g: { email: string }) => g.email === email);
  return { email, grantId: grant.id as number, cookie: await login(ctx.app, email, STRONG) };
}

const setGrantDates = (grantId: number, startsOn: string, endsOn: string) =>
  ctx.app.db
    .updateTable('auditor_grant')
    .set({ starts_on: sql`${startsOn}::date`, ends_on: sql`${endsOn}::date` })
    .where('id', '=', grantId)
    .execute();

beforeAll(async () => {
  own = await organisationIdByCode(ctx.app, '0114');
  other = await organisationIdByCode(ctx.app, '0180');
  await openRoundWithInvitations(ctx.app, YEAR, ['0114', '0180']);
  respondent = await loginAs(ctx.app, [{ role: 'respondent', organisationCode: '0114' }]);
  await answerAsRespondent(ctx.app, {
    cookie: respondent.cookie,
    year: YEAR,
    organisationId: own,
    areas: ANSWERABLE_AREAS.map((a) => a.key),
    submit: true,
  });
});

describe('an auditor with an active grant', () => {
  it('reads the organisation’s answers and results, never writes, never reads another organisation', async () => {
    const auditor = await auditorFor(own);
    const me = (await get(auditor.cookie, '/api/auth/me')).json().user;
    expect(me.roles).toEqual([]);
    expect(me.auditorOf).toEqual([{ organisationId: own, organisationName: 'Upplands Väsby', startsOn: isoDay(0), endsOn: isoDay(30) }]);

    expect((await get(auditor.cookie, `/api/organisations/${own}/results?year=${YEAR}`)).statusCode).toBe(200);
    expect((await get(auditor.cookie, responseUrl(YEAR, own))).statusCode).toBe(200);
    expect((await get(auditor.cookie, `/api/organisations/${own}`)).statusCode).toBe(200);
    expect((await get(auditor.cookie, '/api/organisations')).json().organisations.map((o: { id: number }) => o.id)).toEqual([own]);

    expect((await get(auditor.cookie, `/api/organisations/${other}/results`)).statusCode).toBe(404);
    expect((await get(auditor.cookie, responseUrl(YEAR, other))).statusCode).toBe(404);
    const write = await ctx.app.inject({
      method: 'PUT',
      url: `${responseUrl(YEAR, own)}/areas/ciso`,
      headers: { cookie: auditor.cookie },
      payload: { main: 'yes', followup: null, comment: null, version: 0 },
    });
    expect(write.statusCode).toBe(403);
    expect((await post(auditor.cookie, `${responseUrl(YEAR, own)}/reopen`)).statusCode).toBe(403);
    expect((await get(auditor.cookie, `/api/organisations/${own}/auditors`)).statusCode).toBe(403);
    expect((await get(auditor.cookie, `/api/organisations/${own}/access-log`)).statusCode).toBe(404);
    expect((await get(auditor.cookie, '/api/rounds/2071/aggregates')).statusCode).toBe(403);

    // Every successful read is in the organisation's access log, which its own people see; refusals read nothing.
    const log = (await get(respondent.cookie, `/api/organisations/${own}/access-log`)).json();
    const reads = log.entries.filter((e: { action: string; actorEmail: string }) => e.action === 'auditor.read' && e.actorEmail === auditor.email);
    expect(reads.map((e: { path: string }) => e.path).sort()).toEqual(
      [`/api/organisations/${own}/results`, responseUrl(YEAR, own), `/api/organisations/${own}`].sort(),
    );
    expect(
      log.entries.some((e: { action: string; auditorEmail: string }) => e.action === 'auditor.granted' && e.auditorEmail === auditor.email),
    ).toBe(true);
    const otherLog = await ctx.app.db
      .selectFrom('audit_log')
      .select('id')
      .where('action', '=', 'auditor.read')
      .where('organisation_id', '=', other)
      .execute();
    expect(otherLog).toEqual([]);
    const viewer = await loginAs(ctx.app, [{ role: 'viewer', organisationCode: '0114' }]);
    expect((await get(viewer.cookie, `/api/organisations/${own}/access-log`)).json().total).toBe(log.total);
  });
});

describe('the period, checked by date on every request', () => {
  it('refuses an auditor whose period has ended, or not yet begun, at the next request', async () => {
    const auditor = await auditorFor(own);
    expect((await get(auditor.cookie, `/api/organisations/${own}/results`)).statusCode).toBe(200);

    await setGrantDates(auditor.grantId, isoDay(-60), isoDay(-1));
    expect((await get(auditor.cookie, `/api/organisations/${own}/results`)).statusCode).toBe(403);
    expect((await get(auditor.cookie, `/api/organisations/${own}`)).statusCode).toBe(404);
    expect((await get(auditor.cookie, '/api/auth/me')).json().user.auditorOf).toEqual([]);
    let grants = (await get(respondent.cookie, `/api/organisations/${own}/auditors`)).json().grants;
    expect(grants.find((g: { id: number }) => g.id === auditor.grantId).status).toBe('ended');

    // The last day still counts (Swedish date), the day after does not.
    await setGrantDates(auditor.grantId, isoDay(-60), isoDay(0));
    expect((await get(auditor.cookie, `/api/organisations/${own}/results`)).statusCode).toBe(200);

    await setGrantDates(auditor.grantId, isoDay(2), isoDay(40));
    expect((await get(auditor.cookie, `/api/organisations/${own}/results`)).statusCode).toBe(403);
    grants = (await get(respondent.cookie, `/api/organisations/${own}/auditors`)).json().grants;
    expect(grants.find((g: { id: number }) => g.id === auditor.grantId).status).toBe('upcoming');
  });

  it('refuses a period that ends before it starts, has already ended, or runs too long', async () => {
    const url = `/api/organisations/${own}/auditors`;
    const email = 'periodfel@revision.example.se';
    const backwards = await post(respondent.cookie, url, { email, startsOn: isoDay(10), endsOn: isoDay(5) });
    expect(backwards.json().error.details.issues[0]).toMatchObject({ field: 'body.endsOn', rule: 'ends_before_start' });
    const past = await post(respondent.cookie, url, { email, startsOn: isoDay(-30), endsOn: isoDay(-1) });
    expect(past.json().error.details.issues[0]).toMatchObject({ field: 'body.endsOn', rule: 'already_ended' });
    const long = await post(respondent.cookie, url, { email, startsOn: isoDay(0), endsOn: isoDay(800) });
    expect(long.json().error.details.issues[0]).toMatchObject({ field: 'body.endsOn', rule: 'too_big' });
    const notADate = await post(respondent.cookie, url, { email, startsOn: '2026-13-01', endsOn: isoDay(5) });
    expect(notADate.json().error.details.issues[0]).toMatchObject({ field: 'body.startsOn', rule: 'invalid_format' });
  });
});

describe('revoking', () => {
  it('ends an active grant at the next request, and makes a pending invitation’s link stop working', async () => {
    const auditor = await auditorFor(own);
    expect((await get(auditor.cookie, responseUrl(YEAR, own))).statusCode).toBe(200);
    const revoked = await post(respondent.cookie, `/api/organisations/${own}/auditors/${auditor.grantId}/revoke`);
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json().grant).toMatchObject({ status: 'revoked', email: auditor.email });
    expect((await get(auditor.cookie, responseUrl(YEAR, own))).statusCode).toBe(403);
    expect((await post(respondent.cookie, `/api/organisations/${own}/auditors/${auditor.grantId}/revoke`)).json().grant.status).toBe('revoked');
    const log = (await get(respondent.cookie, `/api/organisations/${own}/access-log`)).json();
    expect(log.entries[0]).toMatchObject({ action: 'auditor.revoked', auditorEmail: auditor.email, actorEmail: respondent.email });

    const email = 'aldrig-accepterad@revision.example.se';
    expect((await post(respondent.cookie, `/api/organisations/${own}/auditors`, { email, startsOn: isoDay(0), endsOn: isoDay(10) })).statusCode).toBe(
      202,
    );
    const token = await tokenMailedTo(ctx.app, email, 'invitation');
    const pending = (await get(respondent.cookie, `/api/organisations/${own}/auditors`))
      .json()
      .grants.find((g: { email: string }) => g.email === email);
    expect(pending.status).toBe('invited');
    await post(respondent.cookie, `/api/organisations/${own}/auditors/${pending.id}/revoke`);
    const late = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/invitations/accept',
      remoteAddress: remoteAddress(),
      payload: { token, name: 'För sent', password: STRONG },
    });
    expect(late.json().error.code).toBe('token_expired');
  });

  it('is for the organisation’s respondents: viewers, others’ respondents and auditors cannot manage grants', async () => {
    const auditor = await auditorFor(own);
    const viewer = await loginAs(ctx.app, [{ role: 'viewer', organisationCode: '0114' }]);
    const stranger = await loginAs(ctx.app, [{ role: 'respondent', organisationCode: '0180' }]);
    const url = `/api/organisations/${own}/auditors/${auditor.grantId}/revoke`;
    expect((await post(viewer.cookie, url)).statusCode).toBe(403);
    expect((await post(stranger.cookie, url)).statusCode).toBe(404);
    expect((await post(auditor.cookie, url)).statusCode).toBe(403);
    // A grant of one organisation cannot be revoked through another's address.
    expect((await post(stranger.cookie, `/api/organisations/${other}/auditors/${auditor.grantId}/revoke`)).statusCode).toBe(404);
    expect((await get(auditor.cookie, responseUrl(YEAR, own))).statusCode).toBe(200);
  });
});

describe('an existing account invited as auditor', () => {
  it('accepts with the account it has and keeps its own roles', async () => {
    const existing = await createUser(ctx.app, [{ role: 'viewer', organisationCode: '0180' }]);
    expect(
      (await post(respondent.cookie, `/api/organisations/${own}/auditors`, { email: existing.email, startsOn: isoDay(0), endsOn: isoDay(5) }))
        .statusCode,
    ).toBe(202);
    const token = await tokenMailedTo(ctx.app, existing.email, 'invitation');
    const cookie = await login(ctx.app, existing.email, existing.password);
    expect((await get(cookie, responseUrl(YEAR, own))).statusCode).toBe(404);
    const accepted = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/invitations/accept-with-account',
      remoteAddress: remoteAddress(),
      headers: { cookie },
      payload: { token },
    });
    expect(accepted.statusCode, accepted.body).toBe(204);
    expect((await get(cookie, responseUrl(YEAR, own))).statusCode).toBe(200);
    expect((await get(cookie, responseUrl(YEAR, other))).statusCode).toBe(200);
    const me = (await get(cookie, '/api/auth/me')).json().user;
    expect(me.roles.map((r: { role: string }) => r.role)).toEqual(['viewer']);
    expect(me.auditorOf.map((g: { organisationId: number }) => g.organisationId)).toEqual([own]);
  });
});
