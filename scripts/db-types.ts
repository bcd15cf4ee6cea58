import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { startEmbeddedPostgres } from '#server/db/embedded';
import { migrateToLatest } from '#server/db/migrate';
import type { Database } from '#server/db/schema';
import { GENERATED_FILE, generateDatabaseTypes } from './database-types';
import { freePort } from './free-port';

/**
 * `npm run db:types`: migrates a throwaway embedded PostgreSQL and writes the
 * table types kysely-codegen reads from it to server/db/generated.ts.
 */
const dataDir = await mkdtemp(path.join(tmpdir(), 'mognad-db-types-'));
const port = await freePort();
const logger = { info: () => undefined, warn: console.warn, error: console.error };
const server = await startEmbeddedPostgres({ dataDir, port, logger, persistent: false });
try {
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: server.url }) }) });
  try {
    await migrateToLatest(db);
  } finally {
    await db.destroy();
  }
  await writeFile(GENERATED_FILE, await generateDatabaseTypes(server.url));
  console.log(`Wrote ${path.relative(process.cwd(), GENERATED_FILE)}`);
} finally {
  await server.stop();
  await rm(dataDir, { recursive: true, force: true });
}
