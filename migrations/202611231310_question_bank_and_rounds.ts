import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  // One row per version of the question bank; localized texts are jsonb { sv, en }.
  await db.schema
    .createTable('question_bank_version')
    .addColumn('id', 'integer', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('version', 'text', (col) => col.notNull().unique())
    .addColumn('source', 'jsonb', (col) => col.notNull())
    .addColumn('scope', 'jsonb', (col) => col.notNull())
    .addColumn('definition', 'jsonb', (col) => col.notNull())
    .addColumn('answer_labels', 'jsonb', (col) => col.notNull())
    .addColumn('comment_field', 'jsonb', (col) => col.notNull())
    .addColumn('level_texts', 'jsonb', (col) => col.notNull())
    // Set when the first round on this version opens; a frozen version is never rewritten.
    .addColumn('frozen_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('question_area')
    .addColumn('id', 'integer', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('bank_version_id', 'integer', (col) => col.notNull().references('question_bank_version.id').onDelete('cascade'))
    .addColumn('key', 'text', (col) => col.notNull())
    .addColumn('position', 'integer', (col) => col.notNull())
    .addColumn('title', 'jsonb', (col) => col.notNull())
    .addColumn('description', 'jsonb', (col) => col.notNull())
    .addColumn('main_question', 'jsonb', (col) => col.notNull())
    .addColumn('followup_question', 'jsonb', (col) => col.notNull())
    .addColumn('guidance', 'jsonb', (col) => col.notNull())
    .addUniqueConstraint('question_area_key_unique', ['bank_version_id', 'key'])
    // Deferred so a re-seed may reorder areas within one transaction.
    .addUniqueConstraint('question_area_position_unique', ['bank_version_id', 'position'], (c) => c.deferrable().initiallyDeferred())
    .execute();

  await db.schema
    .createTable('followup_option')
    .addColumn('id', 'integer', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('area_id', 'integer', (col) => col.notNull().references('question_area.id').onDelete('cascade'))
    .addColumn('key', 'text', (col) => col.notNull())
    .addColumn('rank', 'integer', (col) => col.notNull())
    .addColumn('label', 'jsonb', (col) => col.notNull())
    .addColumn('description', 'jsonb')
    .addUniqueConstraint('followup_option_key_unique', ['area_id', 'key'])
    .addUniqueConstraint('followup_option_rank_unique', ['area_id', 'rank'], (c) => c.deferrable().initiallyDeferred())
    .execute();

  await db.schema
    .createTable('scoring_rule')
    .addColumn('bank_version_id', 'integer', (col) => col.primaryKey().references('question_bank_version.id').onDelete('cascade'))
    .addColumn('rule', 'jsonb', (col) => col.notNull())
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('round')
    .addColumn('id', 'integer', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('year', 'integer', (col) =>
      col
        .notNull()
        .unique()
        .check(sql`year between 2000 and 2100`),
    )
    .addColumn('opens_at', 'timestamptz', (col) => col.notNull())
    .addColumn('closes_at', 'timestamptz', (col) => col.notNull())
    .addColumn('state', 'text', (col) =>
      col
        .notNull()
        .defaultTo('draft')
        .check(sql`state in ('draft', 'open', 'closed', 'published')`),
    )
    .addColumn('bank_version_id', 'integer', (col) => col.notNull().references('question_bank_version.id'))
    .addColumn('share_comments', 'boolean', (col) => col.notNull().defaultTo(false))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('round_window', sql`closes_at > opens_at`)
    .execute();
  await db.schema.createIndex('round_bank_version_idx').on('round').column('bank_version_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['round', 'scoring_rule', 'followup_option', 'question_area', 'question_bank_version']) {
    await db.schema.dropTable(table).execute();
  }
}
