import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { PREPARE_AFTER, statementName } from '#server/db/prepared-statements';
import { useTestApp } from './support/app';

const ctx = useTestApp();

const preparedOnThisConnection = sql<{ name: string }>`select name from pg_prepared_statements`;

describe('prepared statements', () => {
  it('prepares a statement with parameters once it has run often, and keeps answering correctly', async () => {
    await ctx.app.db.connection().execute(async (connection) => {
      const lookup = (code: string) => connection.selectFrom('county').select(['code', 'name']).where('code', '=', code).executeTakeFirst();
      const text = connection.selectFrom('county').select(['code', 'name']).where('code', '=', '01').compile().sql;
      const answers = [];
      for (let run = 0; run < PREPARE_AFTER + 2; run++) answers.push(await lookup(run % 2 === 0 ? '01' : '25'));
      expect(answers.map((a) => a?.code)).toEqual(['01', '25', '01', '25', '01']);
      const names = (await preparedOnThisConnection.execute(connection)).rows.map((r) => r.name);
      expect(names).toContain(statementName(text));
    });
  });

  it('never prepares statements without parameters', async () => {
    await ctx.app.db.connection().execute(async (connection) => {
      const text = 'select count(*)::int as n from county';
      for (let run = 0; run < PREPARE_AFTER + 2; run++) await sql.raw(text).execute(connection);
      const names = (await preparedOnThisConnection.execute(connection)).rows.map((r) => r.name);
      expect(names).not.toContain(statementName(text));
    });
  });

  it('recovers when preparing fails inside an aborted transaction: the statement runs again afterwards', async () => {
    const query = (db: typeof ctx.app.db, code: string) =>
      sql<{ name: string }>`select name from county where code = ${code} and ${'aborted-test'}::text is not null`.execute(db);
    await ctx.app.db.connection().execute(async (connection) => {
      // Make the text due for preparation on its next run, then have that run hit an aborted transaction.
      for (let run = 0; run < PREPARE_AFTER - 1; run++) await query(connection, '01');
      await expect(
        connection.transaction().execute(async (trx) => {
          await expect(sql`select 1 / 0`.execute(trx)).rejects.toThrow();
          await query(trx, '01');
        }),
      ).rejects.toThrow(/aborted/);
      const { rows } = await query(connection, '03');
      expect(rows).toHaveLength(1);
    });
  });
});
