import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('organisation_attribute')
    .addColumn('organisation_id', 'integer', (col) => col.notNull().references('organisation.id').onDelete('cascade'))
    .addColumn('attribute', 'text', (col) => col.notNull())
    .addColumn('value', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('organisation_attribute_pk', ['organisation_id', 'attribute'])
    .execute();
  // Aggregates group by one attribute across all organisations.
  await db.schema.createIndex('organisation_attribute_attribute_idx').on('organisation_attribute').columns(['attribute', 'value']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('organisation_attribute').execute();
}
