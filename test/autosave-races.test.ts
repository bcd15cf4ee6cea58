import type { Transaction } from 'kysely';
import { expect, it } from 'vitest';
import type { Database } from '#server/db/schema';
import { findRound, updateRound } from '#server/rounds/repository';
import { useTestApp } from './support/app';
import { loginAs, organisationIdByCode } from './support/auth';
import { openRoundWithInvitations, responseUrl } from './support/survey';

const ctx = useTestApp();
const YEAR = 2033;

/*
 * The autosave reads round, response and answer in the statement that takes
 * the round's shared lock, so its snapshot can predate a close that commits
 * while it waits for the lock. Its write must check the round again.
 */
it('refuses a save whose read waited for a round closing under it, and writes nothing', async () => {
  await openRoundWithInvitations(ctx.app, YEAR, ['0180']);
  const organisationId = await organisationIdByCode(ctx.app, '0180');
  const respondent = await loginAs(ctx.app, [{ role: 'respondent', organisationCode: '0180' }]);
  const url = `${responseUrl(YEAR, organisationId)}/areas/risk`;
  const first = await ctx.app.inject({
    method: 'PUT',
    url,
    headers: { cookie: respondent.cookie },
    payload: { version: 0, main: 'no', followup: null, comment: null },
  });
  expect(first.statusCode).toBe(200);

  const close = await holdUncommitted(async (trx) => {
    const round = await findRound(trx, { year: YEAR }, 'update');
    await updateRound(trx, round!.id, { state: 'closed' });
  });

  const save = ctx.app.inject({
    method: 'PUT',
    url,
    headers: { cookie: respondent.cookie },
    payload: { version: 1, main: 'yes', followup: 'full', comment: null },
  });
  // Let the save start its read and queue on the round lock, then commit the close.
  await waitForLockWaiter();
  await close.commit();

  const refused = await save;
  expect(refused.statusCode).toBe(409);
  expect(refused.json().error.code).toBe('round_closed');
  const stored = await ctx.app.db
    .selectFrom('answer')
    .innerJoin('response', 'response.id', 'answer.response_id')
    .select(['answer.main', 'response.version'])
    .where('response.organisation_id', '=', organisationId)
    .where('answer.area_key', '=', 'risk')
    .executeTakeFirstOrThrow();
  expect(stored).toEqual({ main: 'no', version: 1 });
});

it('lets exactly one of two racing first saves create the response; the other gets 409 with the winner', async () => {
  const year = YEAR + 1;
  await openRoundWithInvitations(ctx.app, year, ['0181']);
  const organisationId = await organisationIdByCode(ctx.app, '0181');
  const [alice, bob] = await Promise.all([
    loginAs(ctx.app, [{ role: 'respondent', organisationCode: '0181' }]),
    loginAs(ctx.app, [{ role: 'respondent', organisationCode: '0181' }]),
  ]);
  const url = `${responseUrl(year, organisationId)}/areas/management`;
  const answers = await Promise.all(
    [alice, bob].map((user, i) =>
      ctx.app.inject({
        method: 'PUT',
        url,
        headers: { cookie: user.cookie },
        payload: { version: 0, main: i === 0 ? 'yes' : 'no', followup: null, comment: null },
      }),
    ),
  );
  const statuses = answers.map((a) => a.statusCode).sort();
  expect(statuses).toEqual([200, 409]);
  const winner = answers.find((a) => a.statusCode === 200)!.json();
  const loser = answers.find((a) => a.statusCode === 409)!.json();
  expect(winner.version).toBe(1);
  expect(loser.error).toMatchObject({ code: 'version_conflict', details: { currentVersion: 1, serverAnswer: { main: winner.answer.main } } });
  const responses = await ctx.app.db.selectFrom('response').select(['version']).where('organisation_id', '=', organisationId).execute();
  expect(responses).toEqual([{ version: 1 }]);
  const audit = await ctx.app.db
    .selectFrom('audit_log')
    .select('id')
    .where('organisation_id', '=', organisationId)
    .where('action', '=', 'response.answer_changed')
    .execute();
  expect(audit).toHaveLength(1);
});

it('refuses a first save whose read waited for its invitation being withdrawn, and creates no response', async () => {
  const year = YEAR + 2;
  await openRoundWithInvitations(ctx.app, year, ['0182']);
  const organisationId = await organisationIdByCode(ctx.app, '0182');
  const respondent = await loginAs(ctx.app, [{ role: 'respondent', organisationCode: '0182' }]);

  // What withdrawing does (server/participation/withdraw-invitation.ts): the round's exclusive lock, then the delete.
  const withdrawal = await holdUncommitted(async (trx) => {
    const round = await findRound(trx, { year }, 'update');
    await trx.deleteFrom('round_invitation').where('round_id', '=', round!.id).where('organisation_id', '=', organisationId).execute();
  });

  const url = `${responseUrl(year, organisationId)}/areas/risk`;
  const save = ctx.app.inject({
    method: 'PUT',
    url,
    headers: { cookie: respondent.cookie },
    payload: { version: 0, main: 'no', followup: null, comment: null },
  });
  await waitForLockWaiter();
  await withdrawal.commit();

  const refused = await save;
  expect(refused.statusCode).toBe(409);
  expect(refused.json().error.code).toBe('not_invited');
  const responses = await ctx.app.db.selectFrom('response').select('id').where('organisation_id', '=', organisationId).execute();
  expect(responses).toEqual([]);
});

/** Runs `work` in a transaction and holds it open, locks and all, until commit() is called. */
async function holdUncommitted(work: (trx: Transaction<Database>) => Promise<void>): Promise<{ commit: () => Promise<void> }> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let ready!: () => void;
  const workDone = new Promise<void>((resolve) => (ready = resolve));
  const transaction = ctx.app.db.transaction().execute(async (trx) => {
    await work(trx);
    ready();
    await released;
  });
  await Promise.race([workDone, transaction]);
  return {
    commit: async () => {
      release();
      await transaction;
    },
  };
}

/** Resolves once some backend of this database waits for an advisory lock. */
async function waitForLockWaiter(): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const { waiting } = await ctx.app.db
      .selectFrom('pg_locks' as never)
      .select((eb) => eb.fn.countAll<number>().as('waiting'))
      .where('locktype' as never, '=', 'advisory' as never)
      .where('granted' as never, '=', false as never)
      .executeTakeFirstOrThrow();
    if (Number(waiting) > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('no save queued on the round lock');
}
