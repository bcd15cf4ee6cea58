import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('county')
    .addColumn('code', 'text', (col) => col.primaryKey().check(sql`code ~ '^[0-9]{2}$'`))
    .addColumn('name', 'text', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('organisation')
    .addColumn('id', 'integer', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('code', 'text', (col) => col.notNull().unique())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('type', 'text', (col) => col.notNull().check(sql`type in ('kommun', 'region', 'kommunalforbund', 'bolag')`))
    .addColumn('county_code', 'text', (col) => col.references('county.code'))
    .addColumn('parent_id', 'integer', (col) => col.references('organisation.id'))
    .addColumn('contact_email', 'text')
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('organisation_county_idx').on('organisation').column('county_code').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('organisation').execute();
  await db.schema.dropTable('county').execute();
}
