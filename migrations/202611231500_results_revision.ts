import { sql, type Kysely } from 'kysely';

/**
 * A revision per round (and round_id 0 for what every round's results
 * depend on), bumped by triggers in the same transaction as any write that
 * can change a result. The results cache (server/results/cache.ts) keys its
 * entries by these revisions, so a committed change is never answered from
 * an older entry, whichever process or script made it.
 */
export async function up(db: Kysely<any>): Promise<void> {
  // No foreign key: row 0 is no round, and a deleted round's row must stay so revisions only ever grow.
  await db.schema
    .createTable('results_revision')
    .addColumn('round_id', 'integer', (col) => col.primaryKey())
    .addColumn('revision', 'bigint', (col) => col.notNull().defaultTo(0))
    .execute();

  // A first bump writes 1, not the default 0, so it moves the stamp away from "no row yet".
  // Rows are locked in id order, so two transactions bumping the same rounds cannot deadlock on them.
  await sql`
    create function bump_results_revision(round_ids integer[]) returns void
    language plpgsql as $$
    begin
      if cardinality(round_ids) = 0 then
        return;
      end if;
      insert into results_revision as rr (round_id, revision)
      select distinct id, 1 from unnest(round_ids) as id where id is not null order by id
      on conflict (round_id) do update set revision = rr.revision + 1;
    end
    $$`.execute(db);

  await sql`
    create function bump_results_revision_global() returns trigger
    language plpgsql as $$
    begin
      perform bump_results_revision(array[0]);
      return null;
    end
    $$`.execute(db);

  // What results read besides the responses: organisations and their
  // attributes (filters, groups) and the question banks (areas, options,
  // scoring rules). Rarely written, so any statement bumps the global row.
  for (const table of ['organisation', 'organisation_attribute', 'question_bank_version', 'question_area', 'followup_option', 'scoring_rule']) {
    await sql`
      create trigger ${sql.raw(`${table}_results_revision`)}
      after insert or update or delete or truncate on ${sql.table(table)}
      for each statement execute function bump_results_revision_global()`.execute(db);
  }
  // TRUNCATE names no rows: it bumps the global row, which every cached result depends on.
  for (const table of ['round', 'round_invitation', 'response', 'answer']) {
    await sql`
      create trigger ${sql.raw(`${table}_truncate_results_revision`)}
      after truncate on ${sql.table(table)}
      for each statement execute function bump_results_revision_global()`.execute(db);
  }

  // Rounds: state and question bank (updates), and the list of rounds (insert, delete) that trends show.
  await sql`
    create function bump_results_revision_of_rounds() returns trigger
    language plpgsql as $$
    begin
      if tg_op = 'INSERT' then
        perform bump_results_revision(array(select id from new_rows));
      elsif tg_op = 'DELETE' then
        perform bump_results_revision(array(select id from old_rows));
      else
        perform bump_results_revision(array(select id from new_rows union select id from old_rows));
      end if;
      return null;
    end
    $$`.execute(db);
  await perEvent(db, 'round', 'bump_results_revision_of_rounds');

  // Invitations: the group sizes (invited, not started).
  await sql`
    create function bump_results_revision_of_invitations() returns trigger
    language plpgsql as $$
    begin
      if tg_op = 'INSERT' then
        perform bump_results_revision(array(select round_id from new_rows));
      elsif tg_op = 'DELETE' then
        perform bump_results_revision(array(select round_id from old_rows));
      else
        perform bump_results_revision(array(select round_id from new_rows union select round_id from old_rows));
      end if;
      return null;
    end
    $$`.execute(db);
  await perEvent(db, 'round_invitation', 'bump_results_revision_of_invitations');

  // Responses: a new or deleted one changes the status counts; an update only
  // when it moves between statuses (submit, reopen, import) or rounds. Every
  // autosave bumps its response's version and must bump no revision (that
  // row would be a lock every save in the round queues on). So updates have a
  // row trigger whose WHEN PostgreSQL checks without calling anything: an
  // autosave pays nothing, where a statement trigger would capture transition
  // tables and run a query on every save.
  await sql`
    create function bump_results_revision_of_responses() returns trigger
    language plpgsql as $$
    begin
      if tg_op = 'INSERT' then
        perform bump_results_revision(array(select round_id from new_rows));
      else
        perform bump_results_revision(array(select round_id from old_rows));
      end if;
      return null;
    end
    $$`.execute(db);
  await perEvent(db, 'response', 'bump_results_revision_of_responses', ['insert', 'delete']);
  await sql`
    create function bump_results_revision_of_response_row() returns trigger
    language plpgsql as $$
    begin
      perform bump_results_revision(array[old.round_id, new.round_id]);
      return null;
    end
    $$`.execute(db);
  await sql`
    create trigger response_update_results_revision
    after update on response
    for each row
    when ((old.status, old.round_id, old.organisation_id) is distinct from (new.status, new.round_id, new.organisation_id))
    execute function bump_results_revision_of_response_row()`.execute(db);

  // Answers count only in submitted responses (cached results never include
  // drafts): an autosave to a draft bumps nothing. A response's answers
  // deleted with it are covered by the response's own trigger. An answer
  // moved to another response (never done, but possible) is a row trigger's
  // business, so the update trigger, which runs on every autosave, reads the
  // new rows only.
  await sql`
    create function bump_results_revision_of_answers() returns trigger
    language plpgsql as $$
    begin
      if tg_op = 'DELETE' then
        perform bump_results_revision(array(
          select r.round_id from old_rows a join response r on r.id = a.response_id where r.status = 'submitted'));
      else
        perform bump_results_revision(array(
          select r.round_id from new_rows a join response r on r.id = a.response_id where r.status = 'submitted'));
      end if;
      return null;
    end
    $$`.execute(db);
  await perEvent(db, 'answer', 'bump_results_revision_of_answers');
  await sql`
    create function bump_results_revision_of_moved_answer() returns trigger
    language plpgsql as $$
    begin
      perform bump_results_revision(array(select round_id from response where id = old.response_id and status = 'submitted'));
      return null;
    end
    $$`.execute(db);
  await sql`
    create trigger answer_moved_results_revision
    after update on answer
    for each row
    when (old.response_id is distinct from new.response_id)
    execute function bump_results_revision_of_moved_answer()`.execute(db);
}

/**
 * One statement-level trigger per event: PostgreSQL allows transition
 * tables only on a trigger for a single event.
 */
async function perEvent(db: Kysely<any>, table: string, fn: string, events: Event[] = ['insert', 'update', 'delete']): Promise<void> {
  for (const event of events) {
    await sql`
      create trigger ${sql.raw(`${table}_${event}_results_revision`)}
      after ${sql.raw(event)} on ${sql.table(table)}
      referencing ${sql.raw(TRANSITION_TABLES[event])}
      for each statement execute function ${sql.raw(fn)}()`.execute(db);
  }
}

type Event = 'insert' | 'update' | 'delete';

const TRANSITION_TABLES: Record<Event, string> = {
  insert: 'new table as new_rows',
  update: 'old table as old_rows new table as new_rows',
  delete: 'old table as old_rows',
};

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['round', 'round_invitation', 'response', 'answer']) {
    for (const event of ['insert', 'update', 'delete']) {
      await sql`drop trigger if exists ${sql.raw(`${table}_${event}_results_revision`)} on ${sql.table(table)}`.execute(db);
    }
    await sql`drop trigger if exists ${sql.raw(`${table}_truncate_results_revision`)} on ${sql.table(table)}`.execute(db);
  }
  await sql`drop trigger if exists answer_moved_results_revision on answer`.execute(db);
  for (const table of ['organisation', 'organisation_attribute', 'question_bank_version', 'question_area', 'followup_option', 'scoring_rule']) {
    await sql`drop trigger if exists ${sql.raw(`${table}_results_revision`)} on ${sql.table(table)}`.execute(db);
  }
  for (const fn of ['of_moved_answer', 'of_answers', 'of_response_row', 'of_responses', 'of_invitations', 'of_rounds', 'global']) {
    await sql`drop function if exists ${sql.raw(`bump_results_revision_${fn}`)}()`.execute(db);
  }
  await sql`drop function if exists bump_results_revision(integer[])`.execute(db);
  await db.schema.dropTable('results_revision').execute();
}
