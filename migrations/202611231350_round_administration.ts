import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  // A link mailed to an organisation's official address that lets one person
  // register as its respondent for a round. No user exists yet, so it cannot
  // live in user_token (whose tokens belong to a user). Only the hash is kept.
  await db.schema
    .createTable('registration_token')
    .addColumn('id', 'integer', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('round_id', 'integer', (col) => col.notNull().references('round.id').onDelete('cascade'))
    .addColumn('organisation_id', 'integer', (col) => col.notNull().references('organisation.id').onDelete('cascade'))
    .addColumn('token_hash', 'text', (col) => col.notNull().unique())
    .addColumn('created_by_user_id', 'integer', (col) => col.references('app_user.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('expires_at', 'timestamptz', (col) => col.notNull())
    .addColumn('used_at', 'timestamptz')
    .addColumn('used_by_user_id', 'integer', (col) => col.references('app_user.id').onDelete('set null'))
    .execute();
  await db.schema
    .createIndex('registration_token_round_organisation_idx')
    .on('registration_token')
    .columns(['round_id', 'organisation_id'])
    .execute();

  // One row per reminder mail: the interval rule ("never twice within N hours") reads it.
  await db.schema
    .createTable('reminder_delivery')
    .addColumn('id', 'integer', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('round_id', 'integer', (col) => col.notNull().references('round.id').onDelete('cascade'))
    .addColumn('organisation_id', 'integer', (col) => col.notNull().references('organisation.id').onDelete('cascade'))
    .addColumn('to_address', 'text', (col) => col.notNull())
    .addColumn('outbox_message_id', 'bigint', (col) => col.references('outbox_message.id').onDelete('set null'))
    .addColumn('sent_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('sent_by', 'integer', (col) => col.references('app_user.id').onDelete('set null'))
    .execute();
  await db.schema
    .createIndex('reminder_delivery_round_organisation_idx')
    .on('reminder_delivery')
    .columns(['round_id', 'organisation_id', 'sent_at'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('reminder_delivery').execute();
  await db.schema.dropTable('registration_token').execute();
}
