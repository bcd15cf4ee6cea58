import { sql, type Kysely } from 'kysely';

/**
 * Multi-factor authentication and personal API tokens (docs/decisions/0024):
 * a TOTP secret per user (confirmed once a code from it was verified, with
 * the last time step used so a code is accepted once), passkeys (WebAuthn
 * credentials), recovery codes (hashed, single-use), a session that waits
 * for its second factor (`mfa_pending`) and the WebAuthn challenge it was
 * given, and API tokens for scripts (only their SHA-256 stored).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('session')
    .addColumn('mfa_pending', 'boolean', (col) => col.notNull().defaultTo(false))
    .addColumn('webauthn_challenge', 'text')
    .execute();

  await db.schema
    .createTable('user_totp')
    .addColumn('user_id', 'integer', (col) => col.primaryKey().references('app_user.id').onDelete('cascade'))
    .addColumn('secret', 'text', (col) => col.notNull())
    .addColumn('confirmed_at', 'timestamptz')
    .addColumn('last_used_step', 'bigint')
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('user_passkey')
    .addColumn('id', 'integer', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('user_id', 'integer', (col) => col.notNull().references('app_user.id').onDelete('cascade'))
    .addColumn('credential_id', 'text', (col) => col.notNull().unique())
    .addColumn('public_key', 'bytea', (col) => col.notNull())
    .addColumn('counter', 'bigint', (col) => col.notNull().defaultTo(0))
    .addColumn('transports', 'jsonb', (col) => col.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('last_used_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('user_passkey_user_idx').on('user_passkey').column('user_id').execute();

  await db.schema
    .createTable('user_recovery_code')
    .addColumn('id', 'integer', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('user_id', 'integer', (col) => col.notNull().references('app_user.id').onDelete('cascade'))
    .addColumn('code_hash', 'text', (col) => col.notNull())
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('used_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('user_recovery_code_user_idx').on('user_recovery_code').column('user_id').execute();

  await db.schema
    .createTable('api_token')
    .addColumn('id', 'integer', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('user_id', 'integer', (col) => col.notNull().references('app_user.id').onDelete('cascade'))
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('scope', 'text', (col) => col.notNull().check(sql`scope in ('read', 'rounds_admin')`))
    .addColumn('token_hash', 'text', (col) => col.notNull().unique())
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('expires_at', 'timestamptz', (col) => col.notNull())
    .addColumn('last_used_at', 'timestamptz')
    .addColumn('revoked_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('api_token_user_idx').on('api_token').column('user_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['api_token', 'user_recovery_code', 'user_passkey', 'user_totp']) {
    await db.schema.dropTable(table).execute();
  }
  await db.schema.alterTable('session').dropColumn('webauthn_challenge').dropColumn('mfa_pending').execute();
}
