import { sql, type Kysely } from 'kysely';

/**
 * Who else may read an organisation's data (issue 17, docs/decisions/0021):
 * auditor grants for a period, checked by date on every request (no row in
 * user_role, so a grant expires by itself), which an account invitation may
 * carry instead of roles; and group membership, replacing
 * organisation.parent_id because a kommunalförbund has several member
 * municipalities.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('auditor_grant')
    .addColumn('id', 'integer', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('organisation_id', 'integer', (col) => col.notNull().references('organisation.id').onDelete('cascade'))
    .addColumn('user_id', 'integer', (col) => col.notNull().references('app_user.id').onDelete('cascade'))
    .addColumn('starts_on', 'date', (col) => col.notNull())
    .addColumn('ends_on', 'date', (col) => col.notNull())
    .addColumn('granted_by', 'integer', (col) => col.references('app_user.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('accepted_at', 'timestamptz')
    .addColumn('revoked_at', 'timestamptz')
    .addColumn('revoked_by', 'integer', (col) => col.references('app_user.id').onDelete('set null'))
    .addCheckConstraint('auditor_grant_period', sql`ends_on >= starts_on`)
    .execute();
  await db.schema.createIndex('auditor_grant_user_idx').on('auditor_grant').column('user_id').execute();
  await db.schema.createIndex('auditor_grant_organisation_idx').on('auditor_grant').column('organisation_id').execute();

  await db.schema
    .alterTable('account_invitation')
    .addColumn('auditor_grant_id', 'integer', (col) => col.references('auditor_grant.id').onDelete('cascade'))
    .execute();

  await db.schema
    .createTable('organisation_membership')
    .addColumn('member_id', 'integer', (col) => col.notNull().references('organisation.id').onDelete('cascade'))
    .addColumn('group_id', 'integer', (col) => col.notNull().references('organisation.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('organisation_membership_pkey', ['member_id', 'group_id'])
    .addCheckConstraint('organisation_membership_not_self', sql`member_id <> group_id`)
    .execute();
  await db.schema.createIndex('organisation_membership_group_idx').on('organisation_membership').column('group_id').execute();
  await sql`insert into organisation_membership (member_id, group_id) select id, parent_id from organisation where parent_id is not null`.execute(db);
  await db.schema.alterTable('organisation').dropColumn('parent_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('organisation')
    .addColumn('parent_id', 'integer', (col) => col.references('organisation.id'))
    .execute();
  // A member of several groups keeps one parent: the lowest id.
  await sql`update organisation o set parent_id = m.group_id
    from (select member_id, min(group_id) as group_id from organisation_membership group by member_id) m
    where m.member_id = o.id`.execute(db);
  await db.schema.dropTable('organisation_membership').execute();
  await db.schema.alterTable('account_invitation').dropColumn('auditor_grant_id').execute();
  await db.schema.dropTable('auditor_grant').execute();
}
