import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeAreaAnswer } from '#server/responses/area-save-queries';
import { useTestApp } from './support/app';
import { loginAs, organisationIdByCode, type TestUser } from './support/auth';
import { openRoundWithInvitations, responseUrl } from './support/survey';

/*
 * The autosave as one statement after the session lookup (docs/decisions/0032):
 * the write checks round, bank, invitation, version and status itself; the
 * session lookup leaves out reader access, but still reads the session on
 * every save.
 */

const ctx = useTestApp();
const YEAR = 2036;
let roundId: number;

beforeAll(async () => {
  roundId = await openRoundWithInvitations(ctx.app, YEAR, ['0160', '0162', '0163']);
});

function save(user: TestUser, organisationId: number, version: number, comment: string) {
  return ctx.app.inject({
    method: 'PUT',
    url: `${responseUrl(YEAR, organisationId)}/areas/risk`,
    headers: { cookie: user.cookie },
    payload: { version, main: 'no', followup: null, comment },
  });
}

/** Saves twice (the second save runs on the round the first one read) and returns the second's version. */
async function saveTwice(user: TestUser, organisationId: number): Promise<number> {
  const first = await save(user, organisationId, 0, 'första');
  expect(first.statusCode).toBe(200);
  const second = await save(user, organisationId, first.json().version, 'andra');
  expect(second.statusCode).toBe(200);
  return second.json().version;
}

describe('the session on every save', () => {
  it('refuses the very next save after logout', async () => {
    const organisationId = await organisationIdByCode(ctx.app, '0160');
    const respondent = await loginAs(ctx.app, [{ role: 'respondent', organisationCode: '0160' }]);
    const version = await saveTwice(respondent, organisationId);
    const logout = await ctx.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: respondent.cookie } });
    expect(logout.statusCode).toBe(204);
    const after = await save(respondent, organisationId, version, 'efter utloggning');
    expect(after.statusCode).toBe(401);
  });

  it('refuses the very next save of a deactivated user, and of one whose role was taken away', async () => {
    const organisationId = await organisationIdByCode(ctx.app, '0162');
    const deactivated = await loginAs(ctx.app, [{ role: 'respondent', organisationCode: '0162' }]);
    const version = await saveTwice(deactivated, organisationId);
    await ctx.app.db.updateTable('app_user').set({ disabled_at: new Date() }).where('id', '=', deactivated.id).execute();
    expect((await save(deactivated, organisationId, version, 'avstängd')).statusCode).toBe(401);

    const demoted = await loginAs(ctx.app, [{ role: 'respondent', organisationCode: '0162' }]);
    expect((await save(demoted, organisationId, version, 'fortfarande')).statusCode).toBe(200);
    await ctx.app.db.deleteFrom('user_role').where('user_id', '=', demoted.id).execute();
    expect((await save(demoted, organisationId, version + 1, 'utan roll')).statusCode).toBe(403);
  });
});

describe('the write', () => {
  it('refuses, writing nothing, when the round has another question bank than the one the values were checked against', async () => {
    const organisationId = await organisationIdByCode(ctx.app, '0163');
    const respondent = await loginAs(ctx.app, [{ role: 'respondent', organisationCode: '0163' }]);
    const version = await saveTwice(respondent, organisationId);
    const round = await ctx.app.db.selectFrom('round').select('bank_version_id').where('id', '=', roundId).executeTakeFirstOrThrow();
    const write = {
      year: YEAR,
      roundId,
      organisationId,
      expectedVersion: version,
      areaKey: 'risk',
      values: { main: 'yes' as const, followup: null, comment: null },
      confirmCarriedOver: false,
      userId: respondent.id,
      ip: null,
      now: new Date(),
    };
    expect(await writeAreaAnswer(ctx.app.db, { ...write, bankVersionId: round.bank_version_id + 1000 })).toEqual({ outcome: 'refused' });
    expect(await writeAreaAnswer(ctx.app.db, { ...write, roundId: roundId + 1000, bankVersionId: round.bank_version_id })).toEqual({
      outcome: 'refused',
    });
    const stored = await ctx.app.db
      .selectFrom('response')
      .innerJoin('answer', 'answer.response_id', 'response.id')
      .select(['response.version', 'answer.main'])
      .where('response.organisation_id', '=', organisationId)
      .where('answer.area_key', '=', 'risk')
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({ version, main: 'no' });

    const saved = await writeAreaAnswer(ctx.app.db, { ...write, bankVersionId: round.bank_version_id });
    expect(saved).toMatchObject({ outcome: 'saved', version: version + 1 });
    expect(await writeAreaAnswer(ctx.app.db, { ...write, expectedVersion: version + 1, bankVersionId: round.bank_version_id })).toMatchObject({
      outcome: 'unchanged',
      version: version + 1,
      answer: { main: 'yes', followup: null, comment: null, carriedOver: false, updatedBy: { id: respondent.id } },
    });
  });

  it('bumps no results revision for a draft’s save, while other writes to answers still fire the triggers it skips', async () => {
    const revision = async () =>
      (await ctx.app.db.selectFrom('results_revision').select('revision').where('round_id', '=', roundId).executeTakeFirst())?.revision;
    const organisationId = await organisationIdByCode(ctx.app, '0163');
    const respondent = await loginAs(ctx.app, [{ role: 'respondent', organisationCode: '0163' }]);
    const current = await ctx.app.db
      .selectFrom('response')
      .select(['id', 'version'])
      .where('round_id', '=', roundId)
      .where('organisation_id', '=', organisationId)
      .executeTakeFirstOrThrow();
    const before = await revision();
    expect((await save(respondent, organisationId, current.version, 'ett utkast')).statusCode).toBe(200);
    expect(await revision()).toBe(before);

    // The response submitted (which bumps the round itself), then its answer changed outside the autosave: the trigger bumps again.
    await sql`update response set status = 'submitted', submitted_at = now() where id = ${current.id}`.execute(ctx.app.db);
    const submitted = Number(await revision());
    await sql`update answer set comment = 'ändrad efteråt' where response_id = ${current.id} and area_key = 'risk'`.execute(ctx.app.db);
    expect(Number(await revision())).toBe(submitted + 1);
  });
});
