// npm run bench:disclosure — what disclosure control withholds on the demo
// data (published rounds of 290 generated responses, with and without a
// kommungrupp-like attribute), and how long a round's pattern takes cold.
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
const GROUPS = ['A1', 'A2', 'A3', 'B4', 'B5', 'B6', 'C7', 'C8', 'C9'];

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
    // The demo has no grouping attributes; real data has kommungrupp (9 values) and often a size class nested in it.
    const kommuner = await db.selectFrom('organisation').select(['id', 'code']).where('type', '=', 'kommun').orderBy('code').execute();
    await db
      .insertInto('organisation_attribute')
      .values(
        kommuner.flatMap((o, i) => {
          const group = GROUPS[(i * 7) % GROUPS.length]!;
          return [
            { organisation_id: o.id, attribute: 'kommungrupp', value: group },
            { organisation_id: o.id, attribute: 'storlek', value: group[0] === 'A' ? 'stor' : group[0] === 'B' ? 'mellan' : 'liten' },
          ];
        }),
      )
      .execute();
    const last = rounds.at(-1)!.year;
    for (const threshold of [5, 6]) console.log(`· with kommungrupp and a size class: ${describeCost(await disclosureCost(db, last, threshold))}`);
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
