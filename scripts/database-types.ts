import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PostgresDialect, generate } from 'kysely-codegen';
import * as prettier from 'prettier';

/** The generated table types, written by `npm run db:types` and checked for drift by test/database-types.test.ts. */
export const GENERATED_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../server/db/generated.ts');

/** The `Database` interface kysely-codegen reads from a migrated database, formatted as the repository formats code. */
export async function generateDatabaseTypes(connectionString: string): Promise<string> {
  const dialect = new PostgresDialect();
  const db = await dialect.introspector.connect({ connectionString, dialect });
  try {
    const source = await generate({
      db,
      dialect,
      outFile: null,
      logger: undefined,
      // The application's tables only: not Kysely's migration bookkeeping, not pg-boss's queue schema.
      includePattern: 'public.*',
      excludePattern: 'public.kysely_*',
      // server/db/plugin.ts has pg parse int8 as a number.
      typeMapping: { int8: 'number' },
    });
    const options = await prettier.resolveConfig(GENERATED_FILE);
    return await prettier.format(source, { ...options, filepath: GENERATED_FILE });
  } finally {
    await db.destroy();
  }
}
