import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_GROUP_ORGANISATIONS, ensureDemoGroups } from '#server/demo/groups';
import { useTestApp } from './support/app';
import { loginAs, organisationIdByCode, type TestUser } from './support/auth';
import { answerAsRespondent } from './support/round-admin';
import { ANSWERABLE_AREAS, openRoundWithInvitations, responseUrl } from './support/survey';
import { createRound } from '#server/rounds/service';
import { SYSTEM_ACTOR } from '#server/audit/actor';

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

/** A calendar date in Sweden, days from today there (computed here, not by the server's SQL). */
function swedishDate(daysFromToday: number): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date(Date.now() + daysFromToday * 86_400_000));
}

describe('plan progress on the group page', () => {
  beforeAll(async () => {
    // The round before YEAR, whose results the followed-up actions answer (a draft is enough: years count, as in the survey).
    await createRound(
      ctx.app.db,
      { year: YEAR - 1, opensAt: new Date(Date.UTC(YEAR - 1, 2, 1)), closesAt: new Date(Date.UTC(YEAR - 1, 4, 1)) },
      SYSTEM_ACTOR,
    );
    const action = async (plannedInYear: number, status: 'planned' | 'in_progress' | 'done' | 'stopped', dueOn: string | null) =>
      (
        await ctx.app.db
          .insertInto('improvement_action')
          .values({
            organisation_id: company,
            area_key: 'ciso',
            planned_in_year: plannedInYear,
            title: `Åtgärd ${status}`,
            status,
            due_on: dueOn,
            origin: 'own',
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    const followUp = (actionId: number, outcome: 'yes' | 'partly' | 'no') =>
      ctx.app.db.insertInto('improvement_action_follow_up').values({ action_id: actionId, round_year: YEAR, outcome }).execute();
    await followUp(await action(YEAR - 1, 'done', swedishDate(-30)), 'yes');
    await followUp(await action(YEAR - 1, 'in_progress', swedishDate(-1)), 'partly'); // overdue since today in Sweden
    await followUp(await action(YEAR - 1, 'planned', swedishDate(0)), 'no'); // due today: not yet overdue
    await action(YEAR - 1, 'stopped', '2020-01-01'); // stopped: never overdue
    await action(YEAR - 1, 'planned', '2020-01-05'); // overdue, the oldest; not marked in YEAR
    await action(YEAR, 'in_progress', null); // planned from YEAR's results: followed up only in a later round
    // An earlier follow-up of the same action in another year does not count for YEAR.
    const older = await action(YEAR - 2, 'done', null);
    await ctx.app.db
      .insertInto('improvement_action_follow_up')
      .values({ action_id: older, round_year: YEAR - 1, outcome: 'yes' })
      .execute();
  });

  it('counts each member’s actions by status, the overdue ones by the Swedish date, and the last round’s follow-up', async () => {
    const response = await get(kommunRespondent.cookie, `/api/organisations/${kommun}/group`);
    expect(response.statusCode, response.body).toBe(200);
    const rows: { id: number; plan: unknown }[] = response.json().rows;
    expect(rows.find((r) => r.id === company)!.plan).toEqual({
      planned: 2,
      inProgress: 2,
      done: 2,
      stopped: 1,
      overdue: 2,
      oldestOverdueOn: '2020-01-05',
      followUp: { year: YEAR, actions: 5, yes: 1, partly: 1, no: 1 },
    });
    const empty = {
      planned: 0,
      inProgress: 0,
      done: 0,
      stopped: 0,
      overdue: 0,
      oldestOverdueOn: null,
      followUp: { year: YEAR, actions: 0, yes: 0, partly: 0, no: 0 },
    };
    expect(rows.find((r) => r.id === kommun)!.plan).toEqual(empty);
    expect(rows.find((r) => r.id === forbund)!.plan).toEqual(empty);
    // The same actions the member's plan lists to the group parent.
    const plan = await get(kommunRespondent.cookie, `/api/organisations/${company}/actions`);
    expect(plan.statusCode).toBe(200);
    expect(plan.json().actions).toHaveLength(7);
  });

  it('shows a member’s progress only to its own group: not to a non-member, not to another group of one of its members', async () => {
    const stranger = await loginAs(ctx.app, [{ role: 'viewer', organisationCode: '0180' }]);
    expect((await get(stranger.cookie, `/api/organisations/${kommun}/group`)).statusCode).toBe(404);
    // 0181, the förbund’s other member kommun: its own group page has the förbund, never Nacka’s page or Nacka’s company’s plan.
    const otherKommun = await loginAs(ctx.app, [{ role: 'respondent', organisationCode: '0181' }]);
    expect((await get(otherKommun.cookie, `/api/organisations/${kommun}/group`)).statusCode).toBe(404);
    const own = (await get(otherKommun.cookie, `/api/organisations/${otherMember}/group`)).json();
    expect(own.rows.map((r: { id: number }) => r.id)).toEqual([otherMember, forbund]);
    expect((await get(otherKommun.cookie, `/api/organisations/${company}/actions`)).statusCode).toBe(404);
    // The company's own people do not read their kommun's group page either.
    expect((await get(companyRespondent.cookie, `/api/organisations/${kommun}/group`)).statusCode).toBe(404);
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
