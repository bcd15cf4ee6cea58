import { sql, type Kysely } from 'kysely';

/**
 * The improvement loop's action plans (issue 17, docs/decisions/0016): an
 * organisation's actions per area, their follow-up in the next round, and the
 * per-round snapshot analysts' figures are computed from.
 */
export async function up(db: Kysely<any>): Promise<void> {
  // One planned action. `planned_in_year` is the round whose results it answers; `version` grows on every change.
  await db.schema
    .createTable('improvement_action')
    .addColumn('id', 'integer', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('organisation_id', 'integer', (col) => col.notNull().references('organisation.id').onDelete('cascade'))
    .addColumn('area_key', 'text', (col) => col.notNull())
    .addColumn('planned_in_year', 'integer', (col) => col.notNull())
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('responsible', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('due_on', 'date')
    .addColumn('status', 'text', (col) =>
      col
        .notNull()
        .defaultTo('planned')
        .check(sql`status in ('planned', 'in_progress', 'done', 'stopped')`),
    )
    .addColumn('evidence', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('origin', 'text', (col) => col.notNull().check(sql`origin in ('guidance', 'own')`))
    .addColumn('guidance_target_level', 'integer', (col) => col.check(sql`guidance_target_level between 2 and 4`))
    .addColumn('created_by', 'integer', (col) => col.references('app_user.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addCheckConstraint('improvement_action_guidance_level', sql`(origin = 'guidance') = (guidance_target_level is not null)`)
    .execute();
  await db.schema
    .createIndex('improvement_action_organisation_idx')
    .on('improvement_action')
    .columns(['organisation_id', 'planned_in_year', 'area_key'])
    .execute();

  // Whether an action was carried out, as the respondent says while answering its area in a later round.
  await db.schema
    .createTable('improvement_action_follow_up')
    .addColumn('action_id', 'integer', (col) => col.notNull().references('improvement_action.id').onDelete('cascade'))
    .addColumn('round_year', 'integer', (col) => col.notNull())
    .addColumn('outcome', 'text', (col) => col.notNull().check(sql`outcome in ('yes', 'partly', 'no')`))
    .addColumn('comment', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('recorded_by', 'integer', (col) => col.references('app_user.id').onDelete('set null'))
    .addColumn('recorded_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('improvement_action_follow_up_pk', ['action_id', 'round_year'])
    .execute();

  // Written when a round closes (§6 rule 4): per invited organisation and area, its plan going into the round and its follow-up.
  await db.schema
    .createTable('round_improvement_snapshot')
    .addColumn('round_id', 'integer', (col) => col.notNull().references('round.id').onDelete('cascade'))
    .addColumn('organisation_id', 'integer', (col) => col.notNull().references('organisation.id').onDelete('cascade'))
    .addColumn('area_key', 'text', (col) => col.notNull())
    .addColumn('has_plan', 'boolean', (col) => col.notNull())
    .addColumn('actions', 'integer', (col) => col.notNull())
    .addColumn('followed_up', 'integer', (col) => col.notNull())
    .addColumn('done', 'integer', (col) => col.notNull())
    .addColumn('partly', 'integer', (col) => col.notNull())
    .addColumn('taken_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('round_improvement_snapshot_pk', ['round_id', 'organisation_id', 'area_key'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['round_improvement_snapshot', 'improvement_action_follow_up', 'improvement_action']) {
    await db.schema.dropTable(table).execute();
  }
}
