import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ORGANISATION_CODE } from '#server/demo/accounts';
import { ensureDemoPlans } from '#server/demo/plans';
import { insertAction } from '#server/improvement/repository';
import { DEMO_YEAR } from '#server/seed/demo-round';
import { useTestApp } from './support/app';
import { loginAs, organisationIdByCode, type TestUser } from './support/auth';
import { closeRound, openRoundWithInvitations } from './support/survey';

const ctx = useTestApp();
let orgId: number;
let respondent: TestUser;
let viewer: TestUser;
let otherRespondent: TestUser;

const PLANNED = 2041;
const NEXT = 2042;

beforeAll(async () => {
  orgId = await organisationIdByCode(ctx.app, '0180');
  respondent = await loginAs(ctx.app, [{ role: 'respondent', organisationCode: '0180' }]);
  viewer = await loginAs(ctx.app, [{ role: 'viewer', organisationCode: '0180' }]);
  otherRespondent = await loginAs(ctx.app, [{ role: 'respondent', organisationCode: '0114' }]);
  await openRoundWithInvitations(ctx.app, PLANNED, ['0180', '0114']);
  await closeRound(ctx.app, PLANNED);
});

const as = (user: TestUser, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: object) =>
  ctx.app.inject({ method, url, headers: { cookie: user.cookie }, ...(payload && { payload }) });
const actionsUrl = () => `/api/organisations/${orgId}/actions`;

const fromGuidance = {
  areaKey: 'risk',
  plannedInYear: PLANNED,
  guidanceTargetLevel: 3,
  title: 'Inför en gemensam metod för riskanalys',
  responsible: 'Informationssäkerhetssamordnare',
  dueOn: '2042-03-31',
  status: 'planned',
  evidence: '',
};

describe('the action plan', () => {
  let actionId: number;

  it('lets a respondent add an action from the guidance, audit-logged', async () => {
    const response = await as(respondent, 'POST', actionsUrl(), fromGuidance);
    expect(response.statusCode, response.body).toBe(201);
    const action = response.json();
    expect(action).toMatchObject({ ...fromGuidance, origin: 'guidance', version: 1, followUps: [], organisationId: orgId });
    actionId = action.id;
    const audit = await ctx.app.db
      .selectFrom('audit_log')
      .select(['organisation_id', 'details'])
      .where('action', '=', 'improvement.action_created')
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ organisation_id: orgId, details: { actionId, areaKey: 'risk', origin: 'guidance' } });
  });

  it('adds an own action with defaults, and refuses an unknown area or round', async () => {
    const own = await as(respondent, 'POST', actionsUrl(), { areaKey: 'ciso', plannedInYear: PLANNED, title: 'Utse en CISO' });
    expect(own.statusCode).toBe(201);
    expect(own.json()).toMatchObject({ origin: 'own', guidanceTargetLevel: null, status: 'planned', dueOn: null, responsible: '' });
    const area = await as(respondent, 'POST', actionsUrl(), { areaKey: 'nope', plannedInYear: PLANNED, title: 'x' });
    expect(area.json().error.details.issues[0]).toMatchObject({ field: 'body.areaKey', rule: 'not_an_area' });
    const round = await as(respondent, 'POST', actionsUrl(), { areaKey: 'risk', plannedInYear: 2099, title: 'x' });
    expect(round.json().error.details.issues[0]).toMatchObject({ field: 'body.plannedInYear', rule: 'unknown_reference' });
    const empty = await as(respondent, 'POST', actionsUrl(), { areaKey: 'risk', plannedInYear: PLANNED, title: '  ' });
    expect(empty.statusCode).toBe(400);
  });

  it('lets viewers read but not write, and hides the plan from other organisations', async () => {
    const list = await as(viewer, 'GET', `${actionsUrl()}?area=risk`);
    expect(list.json()).toMatchObject({ organisationId: orgId, canEdit: false, actions: [{ id: actionId }] });
    expect((await as(respondent, 'GET', actionsUrl())).json()).toMatchObject({ canEdit: true });
    expect((await as(viewer, 'POST', actionsUrl(), fromGuidance)).statusCode).toBe(403);
    expect((await as(otherRespondent, 'GET', actionsUrl())).statusCode).toBe(404);
    const foreign = await as(otherRespondent, 'PUT', `/api/organisations/${await organisationIdByCode(ctx.app, '0114')}/actions/${actionId}`, {
      version: 1,
      title: 'Kapad',
      responsible: '',
      dueOn: null,
      status: 'done',
      evidence: '',
    });
    expect(foreign.json().error).toMatchObject({ code: 'not_found', details: { resource: 'improvement_action' } });
  });

  it('changes an action on its version and answers 409 version_conflict on a stale one', async () => {
    const change = {
      title: fromGuidance.title,
      responsible: 'CISO',
      dueOn: '2042-06-30',
      status: 'in_progress',
      evidence: 'https://intranat.example.se/risk',
    };
    const first = await as(respondent, 'PUT', `${actionsUrl()}/${actionId}`, { version: 1, ...change });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ ...change, version: 2 });
    const stale = await as(respondent, 'PUT', `${actionsUrl()}/${actionId}`, { version: 1, ...change, status: 'stopped' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('version_conflict');
    const audit = await ctx.app.db
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'improvement.action_updated')
      .executeTakeFirstOrThrow();
    expect(audit.details).toMatchObject({ actionId, from: 'planned', to: 'in_progress' });
    expect((audit.details as { changed: string[] }).changed.sort()).toEqual(['dueOn', 'evidence', 'responsible', 'status']);
  });

  it('follows an action up only while a later round is open', async () => {
    const url = (year: number) => `${actionsUrl()}/${actionId}/follow-ups/${year}`;
    const same = await as(respondent, 'PUT', url(PLANNED), { outcome: 'yes', comment: '' });
    expect(same.json().error.details.issues[0]).toMatchObject({ field: 'params.year', rule: 'must_be_later' });
    expect((await as(respondent, 'PUT', url(NEXT), { outcome: 'yes' })).json().error.code).toBe('not_found');

    await openRoundWithInvitations(ctx.app, NEXT, ['0180']);
    const partly = await as(respondent, 'PUT', url(NEXT), { outcome: 'partly', comment: 'Metoden finns, utbildning återstår' });
    expect(partly.statusCode, partly.body).toBe(200);
    const yes = await as(respondent, 'PUT', url(NEXT), { outcome: 'yes', comment: 'Klar i mars' });
    expect(yes.json().followUps).toMatchObject([{ roundYear: NEXT, outcome: 'yes', comment: 'Klar i mars', recordedBy: 'Test Person' }]);
    expect((await as(viewer, 'PUT', url(NEXT), { outcome: 'no' })).statusCode).toBe(403);
    const before = await as(viewer, 'GET', `${actionsUrl()}?year=${PLANNED}`);
    expect(before.json().actions.find((a: { id: number }) => a.id === actionId).followUps).toHaveLength(1);

    await closeRound(ctx.app, NEXT);
    const closed = await as(respondent, 'PUT', url(NEXT), { outcome: 'no' });
    expect(closed.json().error.code).toBe('round_closed');
  });

  it('deletes an action on its version', async () => {
    const created = (await as(respondent, 'POST', actionsUrl(), { areaKey: 'incidents', plannedInYear: PLANNED, title: 'Tas bort' })).json();
    expect((await as(respondent, 'DELETE', `${actionsUrl()}/${created.id}?version=2`)).json().error.code).toBe('version_conflict');
    expect((await as(respondent, 'DELETE', `${actionsUrl()}/${created.id}?version=1`)).statusCode).toBe(204);
    expect((await as(respondent, 'DELETE', `${actionsUrl()}/${created.id}?version=1`)).statusCode).toBe(404);
  });
});

describe('analysts’ improvement figures', () => {
  const FIRST = 2051;
  const SECOND = 2052;
  let analyst: TestUser;
  let admin: TestUser;
  let codes: string[];
  let threshold: number;

  beforeAll(async () => {
    threshold = ctx.app.config.suppressionThreshold;
    analyst = await loginAs(ctx.app, [{ role: 'analyst' }]);
    admin = await loginAs(ctx.app, [{ role: 'admin' }]);
    const rows = await ctx.app.db
      .selectFrom('organisation')
      .select('code')
      .where('type', '=', 'kommun')
      .orderBy('code')
      .limit(2 * threshold)
      .execute();
    codes = rows.map((r) => r.code);
    await openRoundWithInvitations(ctx.app, FIRST, codes);
    await closeRound(ctx.app, FIRST);
    // Half the organisations plan one action each for risk, all marked done next round; one organisation plans for ciso.
    const user = await loginAs(ctx.app, []);
    const planned: { id: number }[] = [];
    for (const code of codes.slice(0, threshold)) {
      const organisationId = await organisationIdByCode(ctx.app, code);
      const values = {
        organisationId,
        plannedInYear: FIRST,
        guidanceTargetLevel: null,
        responsible: '',
        dueOn: null,
        evidence: '',
        createdBy: user.id,
      };
      planned.push({ id: await insertAction(ctx.app.db, { ...values, areaKey: 'risk', title: 'Risk', status: 'done' }) });
      if (code === codes[0]) await insertAction(ctx.app.db, { ...values, areaKey: 'ciso', title: 'CISO', status: 'planned' });
    }
    await openRoundWithInvitations(ctx.app, SECOND, codes);
    for (const { id } of planned) {
      await ctx.app.db
        .insertInto('improvement_action_follow_up')
        .values({ action_id: id, round_year: SECOND, outcome: 'yes', recorded_by: user.id })
        .execute();
    }
  });

  const figures = async (user: TestUser) => {
    const response = await as(user, 'GET', `/api/rounds/${SECOND}/improvement?lang=sv`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<{ takenAt: string | null; areas: { key: string; withPlan: object; actionsDone: object }[] }>();
  };
  const area = (body: Awaited<ReturnType<typeof figures>>, key: string) => body.areas.find((a) => a.key === key)!;

  it('shows nothing while the round is open', async () => {
    const body = await figures(analyst);
    expect(body.takenAt).toBeNull();
    expect(area(body, 'risk').withPlan).toEqual({ share: null, organisations: null, suppressed: 'open_round' });
  });

  it('shows shares from the snapshot taken at the close, withholding small groups, and never any text', async () => {
    await closeRound(ctx.app, SECOND);
    const body = await figures(analyst);
    expect(body.takenAt).not.toBeNull();
    expect(area(body, 'risk').withPlan).toEqual({ share: 0.5, organisations: 2 * threshold, suppressed: null });
    expect(area(body, 'risk').actionsDone).toEqual({ share: 1, organisations: threshold, suppressed: null });
    // One organisation with a plan: its share and its follow-up would point at it.
    expect(area(body, 'ciso').withPlan).toEqual({ share: null, organisations: null, suppressed: 'small_group' });
    expect(area(body, 'ciso').actionsDone).toMatchObject({ share: null, suppressed: 'small_group' });
    expect(area(body, 'incidents').withPlan).toEqual({ share: 0, organisations: 2 * threshold, suppressed: null });
    expect(JSON.stringify(body)).not.toContain('Risk"');
    // Administrators on screen see every figure.
    expect(area(await figures(admin), 'ciso').withPlan).toMatchObject({ share: 1 / (2 * threshold), suppressed: null });
  });

  it('keeps the figures as they were at the close', async () => {
    const organisationId = await organisationIdByCode(ctx.app, codes.at(-1)!);
    const user = await loginAs(ctx.app, []);
    await insertAction(ctx.app.db, {
      organisationId,
      areaKey: 'incidents',
      plannedInYear: FIRST,
      guidanceTargetLevel: null,
      title: 'Sen',
      responsible: '',
      dueOn: null,
      status: 'planned',
      evidence: '',
      createdBy: user.id,
    });
    expect(area(await figures(analyst), 'incidents').withPlan).toMatchObject({ share: 0 });
  });
});

describe('demo plans', () => {
  it('plans actions for a fifth of the municipalities and the demo organisation, followed up and counted in the snapshot', async () => {
    const codes = (await ctx.app.db.selectFrom('organisation').select('code').where('type', '=', 'kommun').execute()).map((r) => r.code);
    for (const year of [DEMO_YEAR - 2, DEMO_YEAR - 1]) {
      await openRoundWithInvitations(ctx.app, year, codes);
      await closeRound(ctx.app, year);
    }
    const planned = await ensureDemoPlans(ctx.app.db);
    expect(planned).toBeGreaterThan(50);
    expect(await ensureDemoPlans(ctx.app.db)).toBe(0);
    const demoOrg = await organisationIdByCode(ctx.app, DEMO_ORGANISATION_CODE);
    const demoActions = await ctx.app.db.selectFrom('improvement_action').select('planned_in_year').where('organisation_id', '=', demoOrg).execute();
    expect(demoActions.filter((a) => a.planned_in_year === DEMO_YEAR - 1)).toHaveLength(3);
    const analyst = await loginAs(ctx.app, [{ role: 'analyst' }]);
    const body = (await as(analyst, 'GET', `/api/rounds/${DEMO_YEAR - 1}/improvement`)).json<{
      areas: { withPlan: { share: number | null }; actionsDone: { share: number | null } }[];
    }>();
    expect(body.areas.some((a) => a.withPlan.share !== null && a.withPlan.share > 0)).toBe(true);
    expect(body.areas.some((a) => a.actionsDone.share !== null)).toBe(true);
  });
});
