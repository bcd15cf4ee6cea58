import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  // Aggregates read area, main answer and follow-up of every answer of a
  // round's responses. With them in the index that is an index-only scan per
  // response, whose cost grows with the round, not with every year stored.
  await sql`create index answer_response_values_idx on answer (response_id) include (area_key, main, followup)`.execute(db);

  // PostgreSQL's default random_page_cost (4) models spinning disks; on the
  // SSDs Mognad runs on, 1.1 is the usual setting, and with the default the
  // planner scans the whole answer table for one round's aggregates once a
  // few years are stored. Set for this database; where the app does not own
  // its database, the administrator can set it instead.
  await sql`
    do $$
    begin
      execute format('alter database %I set random_page_cost = 1.1', current_database());
    exception when insufficient_privilege then
      raise notice 'random_page_cost left unchanged: not the owner of the database';
    end
    $$`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    do $$
    begin
      execute format('alter database %I reset random_page_cost', current_database());
    exception when insufficient_privilege then
      null;
    end
    $$`.execute(db);
  await sql`drop index if exists answer_response_values_idx`.execute(db);
}
