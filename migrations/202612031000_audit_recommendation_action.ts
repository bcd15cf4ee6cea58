import { sql, type Kysely } from 'kysely';

/**
 * Links between the register's recommendations and the plan's actions
 * (issue 17, decisions 0016 and 0020): many to many, both of one
 * organisation (the service checks it; the trigger below refuses a link
 * across organisations whatever writes it). Deleting either side deletes
 * its links.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('audit_recommendation_action')
    .addColumn('recommendation_id', 'integer', (col) => col.notNull().references('audit_recommendation.id').onDelete('cascade'))
    .addColumn('action_id', 'integer', (col) => col.notNull().references('improvement_action.id').onDelete('cascade'))
    .addColumn('linked_by', 'integer', (col) => col.references('app_user.id').onDelete('set null'))
    .addColumn('linked_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('audit_recommendation_action_pk', ['recommendation_id', 'action_id'])
    .execute();
  await db.schema.createIndex('audit_recommendation_action_action_idx').on('audit_recommendation_action').column('action_id').execute();

  await sql`
    create function audit_recommendation_action_same_organisation() returns trigger language plpgsql as $$
    begin
      if (select a.organisation_id from audit_recommendation r join external_audit a on a.id = r.audit_id where r.id = new.recommendation_id)
         is distinct from (select organisation_id from improvement_action where id = new.action_id) then
        raise exception 'a recommendation and an action of different organisations cannot be linked' using errcode = '23514';
      end if;
      return new;
    end $$`.execute(db);
  await sql`
    create trigger audit_recommendation_action_same_organisation
    before insert or update on audit_recommendation_action
    for each row execute function audit_recommendation_action_same_organisation()`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('audit_recommendation_action').execute();
  await sql`drop function audit_recommendation_action_same_organisation()`.execute(db);
}
