// npm run bench:disclosure — what disclosure control withholds on the demo
// data (published rounds of 290 generated responses, with the demo's
// kommungrupp, then with a size class nested in it as well), and how long a
// round's pattern takes cold.
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { loadConfig } from '#server/config';
import { startEmbeddedPostgres } from '#server/db/embedded';
import { prepareDatabase } from '#server/seed/prepare';
import type { Database } from '#server/db/schema';
import { describeCost, disclosureCost } from './lib/disclosure';
import { freePort } from '../scripts/free-port';
import { machine } from './lib/report';

const quiet = { info: () => undefined, warn: console.warn, error: console.error };

/** A size class that nests in SKR's kommungrupp: its letter (A large cities and their suburbs, B larger towns, C the rest). */
const sizeClassOf = (kommungrupp: string) => (kommungrupp.startsWith('A') ? 'stor' : kommungrupp.startsWith('B') ? 'mellan' : 'liten');

async function main() {
  console.log(`Mognad disclosure control on the demo data — ${machine()}`);
  const dataDir = await mkdtemp(path.join(tmpdir(), 'mognad-disclosure-'));
  await chmod(dataDir, 0o755);
  const database = await startEmbeddedPostgres({ dataDir, port: await freePort(), logger: quiet, persistent: false });
  const pool = new pg.Pool({ connectionString: database.url, max: 4 });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  try {
    await prepareDatabase(db, loadConfig({ SEED_DEMO: 'true' }), quiet);
    const rounds = await db.selectFrom('round').select(['year', 'state']).where('state', 'in', ['closed', 'published']).orderBy('year').execute();
    for (const { year } of rounds) for (const threshold of [5, 6]) console.log(`· ${describeCost(await disclosureCost(db, year, threshold))}`);
    // The demo's municipalities have a kommungrupp (server/demo/attributes.ts); real data often has a size class nested
    // in it too, which gives the pattern the most to check.
    const groups = await db
      .selectFrom('organisation_attribute')
      .select(['organisation_id', 'value'])
      .where('attribute', '=', 'kommungrupp')
      .execute();
    if (groups.length === 0) throw new Error('the demo data has no kommungrupp: see server/demo/attributes.ts');
    await db
      .insertInto('organisation_attribute')
      .values(groups.map((g) => ({ organisation_id: g.organisation_id, attribute: 'storlek', value: sizeClassOf(g.value) })))
      .execute();
    const last = rounds.at(-1)!.year;
    for (const threshold of [5, 6])
      console.log(`· with a size class nested in the kommungrupp: ${describeCost(await disclosureCost(db, last, threshold))}`);
  } finally {
    await db.destroy();
    await database.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
