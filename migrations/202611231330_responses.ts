import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  // The organisations asked to answer a round: the denominator of every response rate.
  await db.schema
    .createTable('round_invitation')
    .addColumn('round_id', 'integer', (col) => col.notNull().references('round.id').onDelete('cascade'))
    .addColumn('organisation_id', 'integer', (col) => col.notNull().references('organisation.id').onDelete('cascade'))
    .addColumn('invited_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('invited_by', 'integer', (col) => col.references('app_user.id').onDelete('set null'))
    .addPrimaryKeyConstraint('round_invitation_pk', ['round_id', 'organisation_id'])
    .execute();
  await db.schema.createIndex('round_invitation_organisation_idx').on('round_invitation').column('organisation_id').execute();

  // One organisation's response to one round. `version` grows on every change (optimistic locking).
  await db.schema
    .createTable('response')
    .addColumn('id', 'integer', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('round_id', 'integer', (col) => col.notNull().references('round.id').onDelete('cascade'))
    .addColumn('organisation_id', 'integer', (col) => col.notNull().references('organisation.id').onDelete('cascade'))
    .addColumn('status', 'text', (col) =>
      col
        .notNull()
        .defaultTo('draft')
        .check(sql`status in ('draft', 'submitted')`),
    )
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('submitted_at', 'timestamptz')
    .addColumn('submitted_by', 'integer', (col) => col.references('app_user.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('updated_by', 'integer', (col) => col.references('app_user.id').onDelete('set null'))
    .addUniqueConstraint('response_round_organisation_unique', ['round_id', 'organisation_id'])
    .addCheckConstraint('response_submitted_has_time', sql`(status = 'submitted') = (submitted_at is not null)`)
    .execute();
  await db.schema.createIndex('response_organisation_idx').on('response').column('organisation_id').execute();

  // One area's answer. A follow-up exists only under a "yes" (the database enforces the survey's rule too).
  await db.schema
    .createTable('answer')
    .addColumn('response_id', 'integer', (col) => col.notNull().references('response.id').onDelete('cascade'))
    .addColumn('area_key', 'text', (col) => col.notNull())
    .addColumn('main', 'text', (col) => col.check(sql`main in ('yes', 'no')`))
    .addColumn('followup', 'text')
    .addColumn('comment', 'text')
    .addColumn('carried_over', 'boolean', (col) => col.notNull().defaultTo(false))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('updated_by', 'integer', (col) => col.references('app_user.id').onDelete('set null'))
    .addPrimaryKeyConstraint('answer_pk', ['response_id', 'area_key'])
    .addCheckConstraint('answer_followup_needs_yes', sql`followup is null or main = 'yes'`)
    .execute();

  // Every submission is kept: who, when, and the answers as submitted.
  await db.schema
    .createTable('response_submission')
    .addColumn('id', 'integer', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('response_id', 'integer', (col) => col.notNull().references('response.id').onDelete('cascade'))
    .addColumn('submitted_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('submitted_by', 'integer', (col) => col.references('app_user.id').onDelete('set null'))
    .addColumn('answers', 'jsonb', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('response_submission_response_idx').on('response_submission').column('response_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['response_submission', 'answer', 'response', 'round_invitation']) {
    await db.schema.dropTable(table).execute();
  }
}
