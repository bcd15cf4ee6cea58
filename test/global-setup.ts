import { mkdtemp, rm, chmod } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { buildClientIfStale } from '../scripts/client-build.mjs';
import { freePort } from '../scripts/free-port';
import { withDatabaseName } from '#server/db/database-url';
import { startEmbeddedPostgres } from '#server/db/embedded';
import { prepareDatabase } from '#server/seed/prepare';
import { loadConfig } from '#server/config';
import type { Database } from '#server/db/schema';

declare module 'vitest' {
  export interface ProvidedContext {
    templateDatabaseUrl: string;
  }
}

const TEMPLATE = 'mognad_template';

/**
 * One throwaway PostgreSQL for the whole run: migrated and seeded once into a
 * template database, from which each test file clones its own database.
 */
export default async function setup(project: TestProject) {
  // The browser tests and test/static-client.test.ts serve web/dist: build it once per run, and only when stale.
  buildClientIfStale();

  const dataDir = await mkdtemp(path.join(tmpdir(), 'mognad-test-'));
  await chmod(dataDir, 0o755);
  const port = await freePort();
  const logger = { info: () => undefined, warn: console.warn, error: console.error };
  const server = await startEmbeddedPostgres({ dataDir, port, logger, persistent: false });

  const admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
  // A throwaway cluster needs no durability: commits need not wait for the disk (the machine's disk is shared).
  // The tests that crash PostgreSQL run their own (test/crash-safety.test.ts, test/database-supervision.test.ts).
  for (const setting of ['fsync = off', 'synchronous_commit = off', 'full_page_writes = off']) await admin.query(`alter system set ${setting}`);
  await admin.query('select pg_reload_conf()');
  await admin.query(`create database ${TEMPLATE}`);
  await admin.end();

  const templateUrl = withDatabaseName(server.url, TEMPLATE);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: templateUrl }) }) });
  try {
    // The same preparation as a real start (migrations, reference data, question bank), minus demo data.
    await prepareDatabase(db, loadConfig({ SEED_DEMO: 'false' }), { info: () => undefined });
  } catch (error) {
    await db.destroy();
    await server.stop();
    throw error;
  }
  await db.destroy();

  project.provide('templateDatabaseUrl', templateUrl);
  return async () => {
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
