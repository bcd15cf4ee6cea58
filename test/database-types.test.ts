import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { GENERATED_FILE, generateDatabaseTypes } from '../scripts/database-types';
import { createTestDatabase } from './support/database';

// A clone, not the template itself: other test files clone the template meanwhile, which a connection to it would block.
let database: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.drop());

test('server/db/generated.ts is what kysely-codegen reads from the migrated database', async () => {
  const fromDatabase = await generateDatabaseTypes(database.url);
  const committed = await readFile(GENERATED_FILE, 'utf8');
  expect(committed, 'server/db/generated.ts is out of date with the migrations: run npm run db:types').toBe(fromDatabase);
});
