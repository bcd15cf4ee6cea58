import { sql, type Kysely } from 'kysely';

/**
 * Answers of drafts bumped no revision, because every autosave writes one
 * and would queue on the round's row. Outside an open round nobody
 * autosaves, yet an import can still change a draft's answers there, and
 * the published basis (submitted and partial responses) and its disclosure
 * pattern count them. So an answer change bumps its round when the response
 * is submitted, or when the round is not open.
 */
const bumpFor = (rows: string) => sql.raw(`
  perform bump_results_revision(array(
    select r.round_id from ${rows} a
    join response r on r.id = a.response_id
    join round rd on rd.id = r.round_id
    where r.status = 'submitted' or rd.state <> 'open'))`);

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create or replace function bump_results_revision_of_answers() returns trigger
    language plpgsql as $$
    begin
      if tg_op = 'DELETE' then
        ${bumpFor('old_rows')};
      else
        ${bumpFor('new_rows')};
      end if;
      return null;
    end
    $$`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    create or replace function bump_results_revision_of_answers() returns trigger
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
}
