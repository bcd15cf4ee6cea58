import { beforeAll, describe, expect, it } from 'vitest';
import type { AuditRegister } from '#shared/api/external-audits';
import type { ActionList } from '#shared/api/improvement';
import { ensureDemoAuditRegister } from '#server/demo/audit-register';
import { useTestApp } from './support/app';
import { createUser, login, loginAs, organisationIdByCode, type TestUser } from './support/auth';
import { insertPlanAction } from './support/plan';
import { openRoundWithInvitations } from './support/survey';

// Links between the register's recommendations and the plan's actions (issue 17, decision 0020).

const ctx = useTestApp();

let orgId: number;
let otherOrgId: number;
let respondent: TestUser;
let viewer: TestUser;
let otherRespondent: TestUser;

const as = (user: { cookie: string }, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: object) =>
  ctx.app.inject({ method, url, headers: { cookie: user.cookie }, ...(payload && { payload }) });

/** A fresh audit with one recommendation in the organisation's register; its URL and ids. */
async function newRecommendation(organisationId = orgId) {
  const audit = await ctx.app.db
    .insertInto('external_audit')
    .values({ organisation_id: organisationId, title: 'Granskning 2025', auditor_firm: 'Revisionsbyrån', audited_on: '2025-04-01' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const recommendation = await ctx.app.db
    .insertInto('audit_recommendation')
    .values({ audit_id: audit.id, text: 'Inför en årlig riskanalys', area_keys: ['risk'], priority: 'high' })
    .returning('id')
    .executeTakeFirstOrThrow();
  return {
    id: recommendation.id,
    url: `/api/organisations/${organisationId}/audits/${audit.id}/recommendations/${recommendation.id}`,
  };
}

async function newAction(organisationId = orgId, title = 'Riskanalys för socialtjänsten') {
  return insertPlanAction(ctx.app.db, { organisationId, title, createdBy: respondent.id });
}

async function register(user: { cookie: string } = respondent) {
  const response = await as(user, 'GET', `/api/organisations/${orgId}/audits`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<AuditRegister>();
}
const recommendationIn = (data: AuditRegister, id: number) => data.audits.flatMap((a) => a.recommendations).find((r) => r.id === id)!;

async function plan(user: { cookie: string } = respondent) {
  const response = await as(user, 'GET', `/api/organisations/${orgId}/actions`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<ActionList>();
}
const actionIn = (data: ActionList, id: number) => data.actions.find((a) => a.id === id)!;

const linkLog = () =>
  ctx.app.db
    .selectFrom('audit_log')
    .select(['actor_user_id', 'details'])
    .where('action', '=', 'audit_register.edited')
    .where('organisation_id', '=', orgId)
    .where(({ ref }) => ref('details', '->>').key('entity'), '=', 'action_link')
    .orderBy('id')
    .execute();

beforeAll(async () => {
  orgId = await organisationIdByCode(ctx.app, '0182');
  otherOrgId = await organisationIdByCode(ctx.app, '0180');
  respondent = await loginAs(ctx.app, [{ role: 'respondent', organisationCode: '0182' }]);
  viewer = await loginAs(ctx.app, [{ role: 'viewer', organisationCode: '0182' }]);
  otherRespondent = await loginAs(ctx.app, [{ role: 'respondent', organisationCode: '0180' }]);
});

describe('linking a recommendation to plan actions', () => {
  it('links and unlinks, shows the link on both sides, audit-logged once per change', async () => {
    const recommendation = await newRecommendation();
    const actionId = await newAction();
    const before = (await linkLog()).length;

    const linked = await as(respondent, 'PUT', `${recommendation.url}/actions/${actionId}`, { version: 1 });
    expect(linked.statusCode, linked.body).toBe(200);
    expect(recommendationIn(linked.json<AuditRegister>(), recommendation.id).actions).toEqual([
      { id: actionId, title: 'Riskanalys för socialtjänsten', status: 'planned', areaKey: 'risk', plannedInYear: 2025, version: 1 },
    ]);
    expect(actionIn(await plan(), actionId).recommendations).toEqual([
      {
        id: recommendation.id,
        auditId: expect.any(Number),
        auditTitle: 'Granskning 2025',
        text: 'Inför en årlig riskanalys',
        openActions: 1,
        latestFollowUp: null,
      },
    ]);
    // Linking does not change the action's version: the plan's open edits stay valid.
    expect(actionIn(await plan(), actionId).version).toBe(1);

    // Linking again changes nothing and logs nothing.
    expect((await as(respondent, 'PUT', `${recommendation.url}/actions/${actionId}`, { version: 1 })).statusCode).toBe(200);
    const log = await linkLog();
    expect(log.slice(before)).toEqual([
      { actor_user_id: respondent.id, details: { entity: 'action_link', change: 'created', id: recommendation.id, actionId } },
    ]);

    const unlinked = await as(respondent, 'DELETE', `${recommendation.url}/actions/${actionId}?version=1`);
    expect(unlinked.statusCode, unlinked.body).toBe(204);
    expect(recommendationIn(await register(), recommendation.id).actions).toEqual([]);
    expect(actionIn(await plan(), actionId).recommendations).toEqual([]);
    const again = await as(respondent, 'DELETE', `${recommendation.url}/actions/${actionId}?version=1`);
    expect(again.statusCode).toBe(404);
    expect((await linkLog()).slice(before).map((entry) => (entry.details as { change: string }).change)).toEqual(['created', 'deleted']);
  });

  it('answers 409 version_conflict when the action changed since it was loaded, and writes nothing', async () => {
    const recommendation = await newRecommendation();
    const actionId = await newAction();
    await ctx.app.db.updateTable('improvement_action').set({ version: 2, title: 'Ändrad' }).where('id', '=', actionId).execute();
    const stale = await as(respondent, 'PUT', `${recommendation.url}/actions/${actionId}`, { version: 1 });
    expect(stale.statusCode, stale.body).toBe(409);
    expect(stale.json().error.code).toBe('version_conflict');
    expect(recommendationIn(await register(), recommendation.id).actions).toEqual([]);

    expect((await as(respondent, 'PUT', `${recommendation.url}/actions/${actionId}`, { version: 2 })).statusCode).toBe(200);
    const staleUnlink = await as(respondent, 'DELETE', `${recommendation.url}/actions/${actionId}?version=1`);
    expect(staleUnlink.statusCode).toBe(409);
    expect(recommendationIn(await register(), recommendation.id).actions.map((a) => a.id)).toEqual([actionId]);
  });

  it('refuses a link across organisations, in the API and in the database', async () => {
    const recommendation = await newRecommendation();
    const foreignAction = await newAction(otherOrgId, 'Någon annans åtgärd');
    const refused = await as(respondent, 'PUT', `${recommendation.url}/actions/${foreignAction}`, { version: 1 });
    expect(refused.statusCode, refused.body).toBe(404);
    expect(refused.json().error).toMatchObject({ code: 'not_found', details: { resource: 'improvement_action' } });

    // The other organisation's respondent cannot reach this register at all, whatever action they name.
    const ownActionOfOther = await newAction(otherOrgId, 'Egen åtgärd');
    const intruder = await as(otherRespondent, 'PUT', `${recommendation.url}/actions/${ownActionOfOther}`, { version: 1 });
    expect(intruder.statusCode).toBe(404);

    await expect(
      ctx.app.db.insertInto('audit_recommendation_action').values({ recommendation_id: recommendation.id, action_id: foreignAction }).execute(),
    ).rejects.toThrow(/different organisations/);
    expect(
      await ctx.app.db.selectFrom('audit_recommendation_action').select('action_id').where('recommendation_id', '=', recommendation.id).execute(),
    ).toEqual([]);
  });

  it('lets viewers and an active auditor read the links on both sides, but not write them', async () => {
    const recommendation = await newRecommendation();
    const actionId = await newAction();
    await as(respondent, 'PUT', `${recommendation.url}/actions/${actionId}`, { version: 1 });

    const auditorAccount = await createUser(ctx.app, []);
    const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });
    await ctx.app.db
      .insertInto('auditor_grant')
      .values({ organisation_id: orgId, user_id: auditorAccount.id, starts_on: today, ends_on: '2099-12-31', accepted_at: new Date() })
      .execute();
    const auditor = { cookie: await login(ctx.app, auditorAccount.email, auditorAccount.password) };

    for (const reader of [viewer, auditor]) {
      expect(recommendationIn(await register(reader), recommendation.id).actions.map((a) => a.id)).toEqual([actionId]);
      expect(actionIn(await plan(reader), actionId).recommendations.map((r) => r.id)).toEqual([recommendation.id]);
      const write = await as(reader, 'DELETE', `${recommendation.url}/actions/${actionId}?version=1`);
      expect(write.statusCode).toBe(403);
    }
    const reads = await ctx.app.db
      .selectFrom('audit_log')
      .select('id')
      .where('action', '=', 'auditor.read')
      .where('actor_user_id', '=', auditorAccount.id)
      .where('organisation_id', '=', orgId)
      .execute();
    expect(reads.length).toBeGreaterThanOrEqual(2);
    expect(recommendationIn(await register(), recommendation.id).actions.map((a) => a.id)).toEqual([actionId]);
  });

  it('counts the open linked actions, so the plan can ask when the last one closes', async () => {
    const recommendation = await newRecommendation();
    const first = await newAction(orgId, 'Första');
    const second = await newAction(orgId, 'Andra');
    for (const id of [first, second]) await as(respondent, 'PUT', `${recommendation.url}/actions/${id}`, { version: 1 });
    await as(respondent, 'PUT', `${recommendation.url}/follow-ups/2025`, { outcome: 'no', comment: 'Inte påbörjat.' });
    const openOf = async (id: number) => actionIn(await plan(), id).recommendations[0]!;
    expect(await openOf(first)).toMatchObject({ openActions: 2, latestFollowUp: { year: 2025, outcome: 'no', comment: 'Inte påbörjat.' } });

    const stop = await as(respondent, 'PUT', `/api/organisations/${orgId}/actions/${second}`, {
      version: 1,
      title: 'Andra',
      responsible: '',
      dueOn: null,
      status: 'stopped',
      evidence: '',
    });
    expect(stop.statusCode, stop.body).toBe(200);
    expect((await openOf(first)).openActions).toBe(1);
    // The answer to closing the last open one says so at once.
    const close = await as(respondent, 'PUT', `/api/organisations/${orgId}/actions/${first}`, {
      version: 1,
      title: 'Första',
      responsible: '',
      dueOn: null,
      status: 'done',
      evidence: '',
    });
    expect(close.statusCode, close.body).toBe(200);
    expect(close.json().recommendations).toMatchObject([{ id: recommendation.id, openActions: 0 }]);
  });

  it('starts a new plan action from a recommendation, linked in the same change; never to another organisation’s recommendation', async () => {
    await openRoundWithInvitations(ctx.app, 2043, ['0182']);
    const recommendation = await newRecommendation();
    const body = { areaKey: 'risk', plannedInYear: 2043, title: 'Inför en årlig riskanalys', recommendationId: recommendation.id };
    const created = await as(respondent, 'POST', `/api/organisations/${orgId}/actions`, body);
    expect(created.statusCode, created.body).toBe(201);
    const action = created.json<ActionList['actions'][number]>();
    expect(action.recommendations).toMatchObject([{ id: recommendation.id, openActions: 1 }]);
    expect(recommendationIn(await register(), recommendation.id).actions.map((a) => a.id)).toEqual([action.id]);
    expect((await linkLog()).at(-1)).toEqual({
      actor_user_id: respondent.id,
      details: { entity: 'action_link', change: 'created', id: recommendation.id, actionId: action.id },
    });

    const foreign = await newRecommendation(otherOrgId);
    const before = (await plan()).actions.length;
    const refused = await as(respondent, 'POST', `/api/organisations/${orgId}/actions`, { ...body, recommendationId: foreign.id });
    expect(refused.statusCode, refused.body).toBe(400);
    expect(refused.json().error.details.issues).toMatchObject([{ field: 'body.recommendationId', rule: 'unknown_reference' }]);
    expect((await plan()).actions.length).toBe(before);
  });

  it('drops the links with the action or the recommendation', async () => {
    const recommendation = await newRecommendation();
    const actionId = await newAction();
    const kept = await newAction(orgId, 'Kvar');
    for (const id of [actionId, kept]) await as(respondent, 'PUT', `${recommendation.url}/actions/${id}`, { version: 1 });
    expect((await as(respondent, 'DELETE', `/api/organisations/${orgId}/actions/${actionId}?version=1`)).statusCode).toBe(204);
    expect(recommendationIn(await register(), recommendation.id).actions.map((a) => a.id)).toEqual([kept]);
    expect((await as(respondent, 'DELETE', recommendation.url)).statusCode).toBe(204);
    expect(actionIn(await plan(), kept).recommendations).toEqual([]);
  });

  it('links the demo register’s recommendations to the demo plan’s actions of their first area', async () => {
    await ctx.app.db.deleteFrom('external_audit').where('organisation_id', '=', orgId).execute();
    const riskActions = (await plan()).actions.filter((a) => a.areaKey === 'risk').map((a) => a.id);
    expect(riskActions.length).toBeGreaterThan(0);
    expect(await ensureDemoAuditRegister(ctx.app.db)).toBeGreaterThan(0);
    const recommendations = (await register()).audits.flatMap((a) => a.recommendations);
    for (const recommendation of recommendations) {
      const expected = recommendation.areaKeys[0] === 'risk' ? riskActions : [];
      expect(recommendation.actions.map((a) => a.id).sort((a, b) => a - b)).toEqual([...expected].sort((a, b) => a - b));
    }
    expect(recommendations.some((r) => r.areaKeys[0] === 'risk')).toBe(true);
  });
});
