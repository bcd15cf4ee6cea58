import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { withDatabaseName } from '#server/db/database-url';

/** A fresh database cloned from the migrated, seeded template: each test file owns one. */
export async function createTestDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const templateUrl = inject('templateDatabaseUrl');
  const name = `test_${randomBytes(6).toString('hex')}`;
  const maintenance = withDatabaseName(templateUrl, 'postgres');
  await withClient(maintenance, (client) => client.query(`create database ${name} template mognad_template`));
  return {
    url: withDatabaseName(templateUrl, name),
    drop: () => withClient(maintenance, (client) => client.query(`drop database if exists ${name} with (force)`)).then(() => undefined),
  };
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
