import { sql, type Kysely } from 'kysely';

/**
 * Login throttling (docs/decisions/0009): one counter row per account and per
 * address, reserved atomically before a password is checked; devices that
 * logged in before and are exempt from the account's throttle. Invitations
 * that grant their roles only when accepted, one row per inviter and roles.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('login_throttle')
    .addColumn('key', 'text', (col) => col.primaryKey())
    .addColumn('attempts', 'integer', (col) => col.notNull())
    .addColumn('last_attempt_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('next_allowed_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('notified_at', 'timestamptz')
    .execute();

  await db.schema
    .createTable('login_device')
    .addColumn('id', 'integer', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('user_id', 'integer', (col) => col.notNull().references('app_user.id').onDelete('cascade'))
    .addColumn('token_hash', 'text', (col) => col.notNull().unique())
    .addColumn('failed_attempts', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('last_used_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('login_device_user_idx').on('login_device').column('user_id').execute();

  await db.schema
    .createTable('account_invitation')
    .addColumn('id', 'integer', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('user_id', 'integer', (col) => col.notNull().references('app_user.id').onDelete('cascade'))
    .addColumn('grants', 'jsonb', (col) => col.notNull())
    .addColumn('invited_by', 'integer', (col) => col.references('app_user.id').onDelete('set null'))
    .addColumn('organisation_id', 'integer', (col) => col.references('organisation.id').onDelete('cascade'))
    .addColumn('token_hash', 'text', (col) => col.notNull().unique())
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('expires_at', 'timestamptz', (col) => col.notNull())
    .addColumn('accepted_at', 'timestamptz')
    .addColumn('revoked_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('account_invitation_user_idx').on('account_invitation').column('user_id').execute();

  // Open links of the old kind stay usable: their roles were granted when they were sent.
  await sql`
    insert into account_invitation (user_id, grants, invited_by, token_hash, created_at, expires_at)
    select user_id, '[]'::jsonb, created_by_user_id, token_hash, created_at, expires_at
    from user_token
    where purpose = 'invitation' and used_at is null and expires_at > now()
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['account_invitation', 'login_device', 'login_throttle']) {
    await db.schema.dropTable(table).execute();
  }
}
