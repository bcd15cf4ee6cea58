import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from './support/app';
import { loginAs, organisationIdByCode, type TestUser } from './support/auth';
import { openRoundWithInvitations, responseUrl } from './support/survey';

const ctx = useTestApp();
const YEAR = 2041;
let orgId: number;
let respondent: TestUser;
let colleague: TestUser;

beforeAll(async () => {
  orgId = await organisationIdByCode(ctx.app, '0180');
  respondent = await loginAs(ctx.app, [{ role: 'respondent', organisationCode: '0180' }]);
  colleague = await loginAs(ctx.app, [{ role: 'respondent', organisationCode: '0180' }]);
  await openRoundWithInvitations(ctx.app, YEAR, ['0180', '0114']);
});

const historyUrl = () => `${responseUrl(YEAR, orgId)}/history`;
const as = (user: TestUser, method: 'GET' | 'PUT' | 'POST', url: string, payload?: object) =>
  ctx.app.inject({ method, url, headers: { cookie: user.cookie }, ...(payload && { payload }) });

async function answerAndSubmit(user: TestUser) {
  const { version } = (await as(user, 'GET', responseUrl(YEAR, orgId))).json();
  expect((await as(user, 'PUT', `${responseUrl(YEAR, orgId)}/areas/ciso`, { version, main: 'no', followup: null, comment: null })).statusCode).toBe(
    200,
  );
  const current = (await as(user, 'GET', responseUrl(YEAR, orgId))).json();
  expect((await as(user, 'POST', `${responseUrl(YEAR, orgId)}/submit`, { version: current.version })).statusCode).toBe(200);
}

describe('the history of a response', () => {
  it('is empty before anything is submitted', async () => {
    const response = await as(respondent, 'GET', historyUrl());
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ events: [] });
  });

  it('names who submitted and who reopened, newest first, an administrator marked as such', async () => {
    const admin = await loginAs(ctx.app, [{ role: 'admin' }]);
    await answerAndSubmit(respondent);
    expect((await as(colleague, 'POST', `${responseUrl(YEAR, orgId)}/reopen`)).statusCode).toBe(200);
    await answerAndSubmit(colleague);
    const reopened = await as(admin, 'POST', `/api/admin/rounds/${YEAR}/organisations/${orgId}/reopen`, { reason: 'Kommunen bad om det' });
    expect(reopened.statusCode).toBe(200);

    const { events } = (await as(respondent, 'GET', historyUrl())).json();
    const names = new Map([
      [respondent.id, 'respondent'],
      [colleague.id, 'colleague'],
      [admin.id, 'admin'],
    ]);
    expect(
      events.map((e: { kind: string; by: { id: number } | null; byAdministrator: boolean }) => [e.kind, names.get(e.by!.id), e.byAdministrator]),
    ).toEqual([
      ['reopened', 'admin', true],
      ['submitted', 'colleague', false],
      ['reopened', 'colleague', false],
      ['submitted', 'respondent', false],
    ]);
    const times = events.map((e: { at: string }) => Date.parse(e.at));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    // The administrator's reason stays in the audit log: it is not part of the history.
    expect(JSON.stringify(events)).not.toContain('Kommunen bad om det');
  });

  it('is readable by a viewer of the organisation', async () => {
    const viewer = await loginAs(ctx.app, [{ role: 'viewer', organisationCode: '0180' }]);
    const response = await as(viewer, 'GET', historyUrl());
    expect(response.statusCode).toBe(200);
    expect(response.json().events.length).toBeGreaterThan(0);
  });

  it('is not found for people of another organisation, whatever their role', async () => {
    for (const role of ['respondent', 'viewer'] as const) {
      const outsider = await loginAs(ctx.app, [{ role, organisationCode: '0114' }]);
      const response = await as(outsider, 'GET', historyUrl());
      expect(response.statusCode, role).toBe(404);
      expect(response.json().error.code).toBe('not_found');
    }
    const analyst = await loginAs(ctx.app, [{ role: 'analyst' }]);
    expect((await as(analyst, 'GET', historyUrl())).statusCode).toBe(403);
  });

  it('does not show one organisation the events of another', async () => {
    const other = await loginAs(ctx.app, [{ role: 'respondent', organisationCode: '0114' }]);
    const response = await as(other, 'GET', `${responseUrl(YEAR, await organisationIdByCode(ctx.app, '0114'))}/history`);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ events: [] });
  });
});
