import { sql } from 'kysely';
import type { OrganisationType } from '#shared/api/organisation-types';
import { expect, it } from 'vitest';
import { compiledOnce } from '#server/db/compiled-once';
import { useTestApp } from './support/app';

const ctx = useTestApp();

it('runs a query built once with each call’s own values, as the builder would', async () => {
  const byCode = compiledOnce(['code', 'type'], (db, p: { code: string; type: OrganisationType }) =>
    db.selectFrom('organisation').select(['code', 'type']).where('code', '=', p.code).where('type', '=', p.type).compile(),
  );
  const direct = (code: string) =>
    ctx.app.db.selectFrom('organisation').select(['code', 'type']).where('code', '=', code).where('type', '=', 'kommun').execute();
  for (const code of ['0180', '1480', '0000']) {
    const { rows } = await byCode.execute(ctx.app.db, { code, type: 'kommun' });
    expect(rows).toEqual(await direct(code));
  }
  expect((await byCode.execute(ctx.app.db, { code: '0180', type: 'kommun' })).rows).toHaveLength(1);
  // The text is compiled once, with the values as parameters.
  expect(byCode.sqlText(ctx.app.db)).toMatch(/"code" = \$1 and "type" = \$2/);
});

it('keeps the constants the builder wrote and fills a value used twice in both places', async () => {
  const query = compiledOnce(['n'], (db, p: { n: number }) =>
    sql<{ a: number; b: number; c: string }>`select ${p.n}::int as a, ${p.n}::int + 1 as b, ${'constant'}::text as c`.compile(db),
  );
  expect((await query.execute(ctx.app.db, { n: 41 })).rows).toEqual([{ a: 41, b: 42, c: 'constant' }]);
  expect((await query.execute(ctx.app.db, { n: 1 })).rows).toEqual([{ a: 1, b: 2, c: 'constant' }]);
});

it('refuses a builder that changes a value or writes it into the text, which would freeze the first call’s value', async () => {
  const transformed = compiledOnce(['code'], (db, p: { code: string }) =>
    db.selectFrom('organisation').select('code').where('code', '=', p.code.toUpperCase()).compile(),
  );
  await expect(transformed.execute(ctx.app.db, { code: '0180' })).rejects.toThrow(/code must each pass into the query as a parameter/);
  const inlined = compiledOnce(['code'], (db, p: { code: string }) => sql`select ${sql.lit(p.code)} as code`.compile(db));
  await expect(inlined.execute(ctx.app.db, { code: '0180' })).rejects.toThrow(/as a parameter/);
});
