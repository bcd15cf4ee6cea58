import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_GROUP_ORGANISATIONS, ensureDemoGroups } from '#server/demo/groups';
import { useTestApp } from './support/app';
import { loginAs, organisationIdByCode, type TestUser } from './support/auth';
import { answerAsRespondent } from './support/round-admin';
import { ANSWERABLE_AREAS, openRoundWithInvitations, responseUrl } from './support/survey';

/**
 * The group view: a kommun's people read, read-only, the results of the
 * organisations it is a group of (a company it owns, a kommunalförbund it is
 * one of several members of), and see them side by side.
 */
const ctx = useTestApp();
const YEAR = 2072;

let kommun: number;
let otherMember: number;
let company: number;
let forbund: number;
let kommunRespondent: TestUser;
let companyRespondent: TestUser;

const get = (cookie: string, url: string) => ctx.app.inject({ method: 'GET', url, headers: { cookie } });

async function addOrganisation(code: string, name: string, type: 'bolag' | 'kommunalforbund', groups: number[]) {
  const { id } = await ctx.app.db.insertInto('organisation').values({ code, name, type }).returning('id').executeTakeFirstOrThrow();
  for (const group of groups) await ctx.app.db.insertInto('organisation_membership').values({ member_id: id, group_id: group }).execute();
  return id;
}

beforeAll(async () => {
  kommun = await organisationIdByCode(ctx.app, '0182');
  otherMember = await organisationIdByCode(ctx.app, '0181');
  company = await addOrganisation('0182-AB', 'Nacka Bostäder AB', 'bolag', [kommun]);
  forbund = await addOrganisation('KF-01', 'Södertörns räddningsförbund', 'kommunalforbund', [kommun, otherMember]);
  const roundId = await openRoundWithInvitations(ctx.app, YEAR, ['0182', '0181']);
  for (const id of [company, forbund]) await ctx.app.db.insertInto('round_invitation').values({ round_id: roundId, organisation_id: id }).execute();
  kommunRespondent = await loginAs(ctx.app, [{ role: 'respondent', organisationCode: '0182' }]);
  companyRespondent = await loginAs(ctx.app, [{ role: 'respondent', organisationCode: '0182-AB' }]);
  await answerAsRespondent(ctx.app, {
    cookie: companyRespondent.cookie,
    year: YEAR,
    organisationId: company,
    areas: ['ciso', 'risk'],
    submit: false,
  });
});

describe('the group view', () => {
  it('lets a kommun’s people read its members’ results and answers, never write them', async () => {
    const me = (await get(kommunRespondent.cookie, '/api/auth/me')).json().user;
    expect(me.groupMembers.map((m: { organisationId: number }) => m.organisationId).sort()).toEqual([company, forbund].sort());
    expect((await get(kommunRespondent.cookie, `/api/organisations/${company}/results?year=${YEAR}`)).statusCode).toBe(200);
    expect((await get(kommunRespondent.cookie, responseUrl(YEAR, forbund))).statusCode).toBe(200);
    const write = await ctx.app.inject({
      method: 'PUT',
      url: `${responseUrl(YEAR, company)}/areas/ciso`,
      headers: { cookie: kommunRespondent.cookie },
      payload: { main: 'yes', followup: null, comment: null, version: 1 },
    });
    expect(write.statusCode).toBe(404);
    // Membership goes one way: the company's people do not read the kommun, nor the förbund's other member.
    expect((await get(companyRespondent.cookie, `/api/organisations/${kommun}/results`)).statusCode).toBe(404);
    const otherKommun = await loginAs(ctx.app, [{ role: 'viewer', organisationCode: '0181' }]);
    expect((await get(otherKommun.cookie, responseUrl(YEAR, forbund))).statusCode).toBe(200);
    expect((await get(otherKommun.cookie, responseUrl(YEAR, company))).statusCode).toBe(404);
    // Group reads are not auditor reads: nothing in the access log.
    const reads = await ctx.app.db.selectFrom('audit_log').select('id').where('action', '=', 'auditor.read').execute();
    expect(reads).toEqual([]);
  });

  it('shows the kommun and its members side by side, level per area in the latest round', async () => {
    const response = await get(kommunRespondent.cookie, `/api/organisations/${kommun}/group?lang=en`);
    expect(response.statusCode, response.body).toBe(200);
    const view = response.json();
    expect(view.group).toEqual({ id: kommun, name: 'Nacka', type: 'kommun' });
    expect(view.areas.map((a: { key: string }) => a.key)).toEqual(ANSWERABLE_AREAS.map((a) => a.key));
    expect(view.rows.map((r: { name: string; isGroup: boolean }) => [r.name, r.isGroup])).toEqual([
      ['Nacka', true],
      ['Nacka Bostäder AB', false],
      ['Södertörns räddningsförbund', false],
    ]);
    const companyRow = view.rows[1];
    expect(companyRow).toMatchObject({ year: YEAR, status: 'draft' });
    // The same levels as the company's own results page; unanswered areas have none.
    const own = (await get(companyRespondent.cookie, `/api/organisations/${company}/results?year=${YEAR}`)).json();
    expect(companyRow.levels).toEqual(view.areas.map((a: { key: string }) => own.areas.find((o: { key: string }) => o.key === a.key).level));
    expect(companyRow.levels.filter((level: number | null) => level !== null)).toHaveLength(2);
    expect(view.rows[2]).toMatchObject({ status: 'not_started', levels: Array(10).fill(null) });
  });

  it('is for the group’s own people: not its members, not another kommun', async () => {
    expect((await get(companyRespondent.cookie, `/api/organisations/${kommun}/group`)).statusCode).toBe(404);
    const stranger = await loginAs(ctx.app, [{ role: 'respondent', organisationCode: '0180' }]);
    expect((await get(stranger.cookie, `/api/organisations/${kommun}/group`)).statusCode).toBe(404);
    const analyst = await loginAs(ctx.app, [{ role: 'analyst' }]);
    expect((await get(analyst.cookie, `/api/organisations/${kommun}/group`)).statusCode).toBe(403);
  });
});

describe('the demo groups', () => {
  it('adds a company of Nacka and a förbund of Nacka and Tyresö once, seen from Nacka’s group page', async () => {
    expect(await ensureDemoGroups(ctx.app.db)).toBe(DEMO_GROUP_ORGANISATIONS.length);
    expect(await ensureDemoGroups(ctx.app.db)).toBe(0);
    const nacka = (await get(kommunRespondent.cookie, `/api/organisations/${kommun}/group`)).json();
    expect(nacka.rows.map((r: { name: string }) => r.name)).toEqual(
      expect.arrayContaining(['Nacka Vatten och Avfall AB (fiktivt)', 'Räddningsförbundet Södertörn (fiktivt)']),
    );
    const tyreso = await loginAs(ctx.app, [{ role: 'viewer', organisationCode: '0138' }]);
    const members = (await get(tyreso.cookie, '/api/auth/me')).json().user.groupMembers;
    expect(members.map((m: { organisationName: string }) => m.organisationName)).toEqual(['Räddningsförbundet Södertörn (fiktivt)']);
  });
});
