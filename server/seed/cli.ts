import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { loadConfig } from '#server/config';
import { resolveDatabase } from '#server/db/database-url';
import { migrateToLatest } from '#server/db/migrate';
import { prepareDatabase } from './prepare';
import type { Database } from '#server/db/schema';

/** `npm run db:migrate` applies pending migrations; `npm run db:seed` also seeds reference and demo data. */
const command = process.argv[2];
if (command !== 'migrate' && command !== 'seed') {
  console.error('Usage: cli.ts migrate|seed');
  process.exit(2);
}
const config = loadConfig();
const database = await resolveDatabase(config, console);
const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: database.url }) }) });
try {
  if (command === 'migrate') {
    const applied = await migrateToLatest(db);
    console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Schema is up to date.');
  } else {
    await prepareDatabase(db, config, console);
    console.log('Database migrated and seeded.');
  }
} finally {
  await db.destroy();
  await database.embedded?.stop();
}
