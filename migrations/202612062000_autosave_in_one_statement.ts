import { sql, type Kysely } from 'kysely';
import { up as createTwoWriteFunctions } from './202612052000_autosave_write_functions';

/*
 * The autosave's checks and write as one call the app makes after the
 * session lookup, with no read before it (docs/decisions/0032): the save is
 * two statements, and the read of round, response and answer runs only when
 * this function refuses, to say why.
 *
 * autosave_save takes the round's shared lock (ROUND_LOCK_CLASS 0x524e44 =
 * 5393988, server/rounds/repository.ts) and then, each statement with a
 * snapshot taken after the lock (PL/pgSQL in read committed), checks: the
 * round is the app's round of that year on the bank the app validated
 * against, open and within its window at p_now; the organisation is invited;
 * the response is a draft at the expected version (or, expected version 0,
 * does not exist yet). It then reads the area's answer and, when the values
 * and the carried-over confirmation change nothing, answers 'unchanged'
 * without writing; otherwise bumps the version (creating the response at
 * version 1 on the first save), upserts the answer and writes the audit
 * entry recordAudit would (action response.answer_changed; details area,
 * from, to, commentChanged, confirmedCarriedOver, version — the comment's
 * text stays out). The version bump's own WHERE checks the version and status
 * again, so a change committed after the response was read refuses the save
 * and the audit entry's "from" values are the ones replaced. Outcome
 * 'refused' writes nothing.
 *
 * The answer table's results-revision triggers bump the rounds of changed
 * answers whose response is submitted or whose round is not open
 * (202612011300). This function writes only a draft's answer in an open
 * round, checked above under the round's lock, so those triggers would bump
 * nothing: while it runs (its SET clause, undone when it returns or fails)
 * mognad.autosave_open_draft is 'on' and their WHEN clause skips them. Any
 * other write to answer, in any session, still fires them.
 *
 * Every save inserts an audit entry, so each of audit_log's indexes is
 * maintained once per save. Its B-tree on `at` serves only the audit page's
 * date filters (the page itself is ordered by id, the access log by
 * organisation and time): an append-only log's time follows its physical
 * order, so a BRIN index on `at` answers those ranges and costs an insert
 * almost nothing.
 */

const OPEN_DRAFT_SETTING = 'mognad.autosave_open_draft';

const SKIP_WHEN = `current_setting('${OPEN_DRAFT_SETTING}', true) is distinct from 'on'`;

async function answerTriggers(db: Kysely<any>, when: string) {
  for (const event of ['insert', 'update'] as const) {
    const transition = event === 'insert' ? 'new table as new_rows' : 'old table as old_rows new table as new_rows';
    await sql
      .raw(
        `drop trigger answer_${event}_results_revision on answer;
        create trigger answer_${event}_results_revision
        after ${event} on answer
        referencing ${transition}
        for each statement ${when} execute function bump_results_revision_of_answers()`,
      )
      .execute(db);
  }
}

export async function up(db: Kysely<any>): Promise<void> {
  await sql
    .raw(
      `create function autosave_save(
  p_year int, p_round_id int, p_bank_version_id int, p_organisation_id int, p_expected_version int,
  p_area_key text, p_main text, p_followup text, p_comment text, p_confirm_carried_over boolean,
  p_user_id int, p_ip text, p_now timestamptz
) returns table (
  outcome text, version int, updated_at timestamptz, has_answer boolean, main text, followup text, comment text,
  carried_over boolean, updated_by int, updated_by_name text
) language plpgsql volatile
set ${OPEN_DRAFT_SETTING} = 'on'
as $$
declare
  v_response_id int;
  v_version int := 0;
  v_status text;
  v_old answer%rowtype;
  v_has_old boolean := false;
  v_confirming boolean;
  v_updated_at timestamptz;
begin
  perform pg_advisory_xact_lock_shared(5393988, p_year);
  if not exists (select 1 from round rd where rd.id = p_round_id and rd.year = p_year and rd.bank_version_id = p_bank_version_id
      and rd.state = 'open' and rd.opens_at <= p_now and p_now < rd.closes_at)
    or not exists (select 1 from round_invitation i where i.round_id = p_round_id and i.organisation_id = p_organisation_id) then
    return query select 'refused'::text, null::int, null::timestamptz, null::boolean, null::text, null::text, null::text, null::boolean, null::int, null::text;
    return;
  end if;
  select r.id, r.version, r.status into v_response_id, v_version, v_status
  from response r where r.round_id = p_round_id and r.organisation_id = p_organisation_id;
  if not found then
    v_version := 0;
    v_status := 'draft';
  else
    select a.* into v_old from answer a where a.response_id = v_response_id and a.area_key = p_area_key;
    v_has_old := found;
  end if;
  if v_version <> p_expected_version or v_status <> 'draft' then
    return query select 'refused'::text, null::int, null::timestamptz, null::boolean, null::text, null::text, null::text, null::boolean, null::int, null::text;
    return;
  end if;

  v_confirming := p_confirm_carried_over and v_has_old and v_old.carried_over;
  if not v_confirming and v_old.main is not distinct from p_main and v_old.followup is not distinct from p_followup
      and v_old.comment is not distinct from p_comment then
    return query select 'unchanged'::text, v_version, v_old.updated_at, v_has_old, v_old.main, v_old.followup, v_old.comment,
      v_old.carried_over, v_old.updated_by, (select u.name from app_user u where u.id = v_old.updated_by);
    return;
  end if;

  if v_response_id is null then
    insert into response (round_id, organisation_id, version, updated_at, updated_by)
    values (p_round_id, p_organisation_id, 1, now(), p_user_id)
    on conflict (round_id, organisation_id) do nothing
    returning response.id, response.version into v_response_id, v_version;
  else
    update response set version = response.version + 1, updated_at = now(), updated_by = p_user_id
    where response.id = v_response_id and response.version = p_expected_version and response.status = 'draft'
    returning response.version into v_version;
  end if;
  if not found then
    return query select 'refused'::text, null::int, null::timestamptz, null::boolean, null::text, null::text, null::text, null::boolean, null::int, null::text;
    return;
  end if;

  insert into answer as a (response_id, area_key, main, followup, comment, carried_over, updated_at, updated_by)
  values (v_response_id, p_area_key, p_main, p_followup, p_comment, false, now(), p_user_id)
  on conflict (response_id, area_key) do update set main = excluded.main, followup = excluded.followup, comment = excluded.comment,
    carried_over = false, updated_at = excluded.updated_at, updated_by = excluded.updated_by
  returning a.updated_at into v_updated_at;
  insert into audit_log (actor_user_id, action, organisation_id, round_id, details, ip)
  values (p_user_id, 'response.answer_changed', p_organisation_id, p_round_id,
    jsonb_build_object(
      'area', p_area_key,
      'from', jsonb_build_object('main', v_old.main, 'followup', v_old.followup),
      'to', jsonb_build_object('main', p_main, 'followup', p_followup),
      'commentChanged', v_old.comment is distinct from p_comment,
      'confirmedCarriedOver', v_confirming,
      'version', v_version),
    p_ip);
  return query select 'saved'::text, v_version, v_updated_at, true, p_main, p_followup, p_comment, false, p_user_id, null::text;
end
$$`,
    )
    .execute(db);
  await answerTriggers(db, `when (${SKIP_WHEN})`);
  await sql`drop index audit_log_at_idx`.execute(db);
  await sql`create index audit_log_at_brin on audit_log using brin (at)`.execute(db);
  await sql`drop function autosave_write`.execute(db);
  await sql`drop function autosave_first_write`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await createTwoWriteFunctions(db);
  await answerTriggers(db, '');
  await sql`drop index audit_log_at_brin`.execute(db);
  await sql`create index audit_log_at_idx on audit_log (at)`.execute(db);
  await sql`drop function autosave_save`.execute(db);
}
