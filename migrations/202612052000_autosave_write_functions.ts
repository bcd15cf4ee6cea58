import { sql, type Kysely } from 'kysely';

/*
 * The autosave's write as one statement the app sends on its own, without
 * begin and commit (docs/decisions/0030): each function takes the round's
 * shared lock (server/rounds/repository.ts, ROUND_LOCK_CLASS 0x524e44 =
 * 5393988, keyed by the year) and then, in its own query — a VOLATILE
 * function's every query takes a fresh snapshot, so it sees a close that
 * committed while it waited for the lock — re-checks the round (state and
 * window at p_now), the response (draft, at the expected version) and, for a
 * first save, the invitation, and writes version, answer and audit entry, or
 * nothing. The row: the new version and the answer's updated_at; no row when
 * a check failed. Called in autocommit: the statement's end is the commit,
 * with its WAL flush before the app hears of it.
 *
 * The audit entry is the one recordAudit writes (server/audit/repository.ts):
 * action response.answer_changed, the save's details with the new version.
 */

const CHECKS_AND_WRITE = `
  saved as (
    insert into answer (response_id, area_key, main, followup, comment, carried_over, updated_at, updated_by)
    select id, p_area_key, p_main, p_followup, p_comment, false, now(), p_user_id
    from changed
    on conflict (response_id, area_key) do update set main = excluded.main, followup = excluded.followup, comment = excluded.comment,
      carried_over = false, updated_at = excluded.updated_at, updated_by = excluded.updated_by
    returning updated_at
  ),
  audited as (
    insert into audit_log (actor_user_id, action, organisation_id, round_id, details, ip)
    select p_user_id, 'response.answer_changed', p_organisation_id, p_round_id,
      p_details || jsonb_build_object('version', changed.version), p_ip
    from changed
  )
  select changed.version, saved.updated_at from changed cross join saved;`;

const ROUND_ACCEPTS = `exists (select 1 from round rd where rd.id = p_round_id and rd.state = 'open'
    and rd.opens_at <= p_now and p_now < rd.closes_at)`;

export async function up(db: Kysely<any>): Promise<void> {
  await sql
    .raw(
      `create function autosave_write(
  p_year int, p_round_id int, p_organisation_id int, p_response_id int, p_expected_version int,
  p_area_key text, p_main text, p_followup text, p_comment text, p_user_id int, p_ip text, p_details jsonb, p_now timestamptz
) returns table (version int, updated_at timestamptz) language sql volatile as $$
  select pg_advisory_xact_lock_shared(5393988, p_year);
  with changed as (
    update response set version = response.version + 1, updated_at = now(), updated_by = p_user_id
    where id = p_response_id and response.version = p_expected_version and status = 'draft' and ${ROUND_ACCEPTS}
    returning id, response.version
  ),
  ${CHECKS_AND_WRITE}
$$`,
    )
    .execute(db);
  await sql
    .raw(
      `create function autosave_first_write(
  p_year int, p_round_id int, p_organisation_id int,
  p_area_key text, p_main text, p_followup text, p_comment text, p_user_id int, p_ip text, p_details jsonb, p_now timestamptz
) returns table (version int, updated_at timestamptz) language sql volatile as $$
  select pg_advisory_xact_lock_shared(5393988, p_year);
  with changed as (
    insert into response (round_id, organisation_id, version, updated_at, updated_by)
    select p_round_id, p_organisation_id, 1, now(), p_user_id
    where ${ROUND_ACCEPTS}
      and exists (select 1 from round_invitation i where i.round_id = p_round_id and i.organisation_id = p_organisation_id)
    on conflict (round_id, organisation_id) do nothing
    returning id, response.version
  ),
  ${CHECKS_AND_WRITE}
$$`,
    )
    .execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop function autosave_first_write`.execute(db);
  await sql`drop function autosave_write`.execute(db);
}
