import { sql, type Kysely } from 'kysely';

/**
 * The register of external audit recommendations (issue 17, decision 0016):
 * an organisation's audits (by its auditors, often with a firm), each
 * audit's recommendations, and a follow-up per recommendation and year.
 * Named external_audit, not audit, which is the audit log.
 */
const AREA_KEYS = ['ciso', 'management', 'action_plan', 'risk', 'classification', 'incidents', 'continuity', 'awareness', 'procurement', 'follow_up'];

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('external_audit')
    .addColumn('id', 'integer', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('organisation_id', 'integer', (col) => col.notNull().references('organisation.id').onDelete('cascade'))
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('auditor_firm', 'text', (col) => col.notNull())
    .addColumn('audited_on', 'date', (col) => col.notNull())
    .addColumn('report_reference', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('created_by', 'integer', (col) => col.references('app_user.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('external_audit_organisation_idx').on('external_audit').columns(['organisation_id', 'audited_on']).execute();

  await db.schema
    .createTable('audit_recommendation')
    .addColumn('id', 'integer', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('audit_id', 'integer', (col) => col.notNull().references('external_audit.id').onDelete('cascade'))
    .addColumn('text', 'text', (col) => col.notNull())
    .addColumn('area_keys', sql`text[]`, (col) =>
      col
        .notNull()
        .check(
          sql`cardinality(area_keys) between 1 and ${sql.raw(String(AREA_KEYS.length))} and area_keys <@ ${sql.raw(`array[${AREA_KEYS.map((k) => `'${k}'`).join(',')}]::text[]`)}`,
        ),
    )
    .addColumn('priority', 'text', (col) => col.notNull().check(sql`priority in ('high', 'medium', 'low')`))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('audit_recommendation_audit_idx').on('audit_recommendation').column('audit_id').execute();

  await db.schema
    .createTable('audit_recommendation_follow_up')
    .addColumn('recommendation_id', 'integer', (col) => col.notNull().references('audit_recommendation.id').onDelete('cascade'))
    .addColumn('year', 'integer', (col) => col.notNull().check(sql`year between 2000 and 2100`))
    .addColumn('outcome', 'text', (col) => col.notNull().check(sql`outcome in ('yes', 'partly', 'no')`))
    .addColumn('comment', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('recorded_by', 'integer', (col) => col.references('app_user.id').onDelete('set null'))
    .addColumn('recorded_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('audit_recommendation_follow_up_pk', ['recommendation_id', 'year'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['audit_recommendation_follow_up', 'audit_recommendation', 'external_audit']) await db.schema.dropTable(table).execute();
}
