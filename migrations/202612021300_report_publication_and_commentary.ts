import { sql, type Kysely } from 'kysely';

/**
 * The national report (#18): who published a round and when, and the
 * analysts' commentary per report section, written while the round is
 * closed and shown beside the generated text once it is published.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('round')
    .addColumn('published_at', 'timestamptz')
    .addColumn('published_by', 'integer', (col) => col.references('app_user.id').onDelete('set null'))
    .execute();

  // Rounds published before this migration: the time of their state change, from the audit log when it has one.
  await sql`
    update round r set published_at = coalesce(
      (select max(a.at) from audit_log a
        where a.round_id = r.id and a.action = 'round.state_change' and a.details->>'to' = 'published'),
      r.closes_at)
    where r.state = 'published'`.execute(db);

  await db.schema
    .createTable('report_commentary')
    .addColumn('round_id', 'integer', (col) => col.notNull().references('round.id').onDelete('cascade'))
    .addColumn('section', 'text', (col) => col.notNull())
    .addColumn('body', 'text', (col) => col.notNull())
    .addColumn('updated_by', 'integer', (col) => col.references('app_user.id').onDelete('set null'))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('report_commentary_pkey', ['round_id', 'section'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('report_commentary').execute();
  await db.schema.alterTable('round').dropColumn('published_by').dropColumn('published_at').execute();
}
