import { sql, type Kysely } from 'kysely';

/*
 * The autosave's session check in the statement that saves (docs/decisions/0034):
 * a save whose caller plainly may write is one statement, not a session
 * lookup and then the save.
 *
 * autosave_save_as is autosave_save (migrations/202612062000, whose comment
 * says what it checks and writes) with the caller in front. Given a session
 * token's hash, it looks the session up and goes on only when the ordinary
 * path (server/auth/access.ts, guard.ts) would certainly let the caller write
 * this organisation's response: the session is live (not expired, used
 * within p_idle_seconds), its user is not disabled, it waits for no second
 * factor, its user holds the respondent role for p_organisation_id, and MFA
 * does not stand in the way — the user holds none of p_mfa_required_roles,
 * or has a second factor (a confirmed authenticator app or a passkey), or
 * signed in through a provider that asserted MFA. Anything else — no session,
 * an incomplete one, another organisation, the bootstrap administrator
 * without MFA — answers 'unauthorised' and changes nothing, not even the
 * session's last use: the app then looks the session up the ordinary way,
 * which answers 401, 403 or 404 as on any route, or saves if the session has
 * become valid meanwhile. The check is deliberately no wider than the app's;
 * where unsure it refuses, and the ordinary path decides. An accepted
 * session's last use is refreshed as the ordinary lookup refreshes it (when
 * older than p_touch_seconds by the app's clock, p_now), and its user is the
 * actor, whose id, name and e-mail come back beside the outcome.
 *
 * Without a session hash it acts for p_user_id, whom the app has checked:
 * autosave_save is now that call, so the save's checks and writes stay in one
 * body. (One body rather than a session check that calls autosave_save: a
 * nested PL/pgSQL call was about a tenth of the statement's time in the
 * function statistics.)
 */

const OPEN_DRAFT_SETTING = 'mognad.autosave_open_draft';

export async function up(db: Kysely<any>): Promise<void> {
  await sql
    .raw(
      `create function autosave_save_as(
  p_session_hash text, p_idle_seconds int, p_touch_seconds int, p_mfa_required_roles text[], p_user_id int,
  p_year int, p_round_id int, p_bank_version_id int, p_organisation_id int, p_expected_version int,
  p_area_key text, p_main text, p_followup text, p_comment text, p_confirm_carried_over boolean,
  p_ip text, p_now timestamptz
) returns table (
  outcome text, version int, updated_at timestamptz, has_answer boolean, main text, followup text, comment text,
  carried_over boolean, updated_by int, updated_by_name text, user_id int, user_name text, user_email text
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
  v_user_id int := p_user_id;
  v_user_name text;
  v_user_email text;
  v_last_seen_at timestamptz;
begin
  if p_session_hash is not null then
    select u.id, u.name, u.email, s.last_seen_at into v_user_id, v_user_name, v_user_email, v_last_seen_at
    from session s join app_user u on u.id = s.user_id
    where s.id_hash = p_session_hash and s.expires_at > now() and s.last_seen_at > now() - make_interval(secs => p_idle_seconds)
      and u.disabled_at is null and not s.mfa_pending
      and exists (select 1 from user_role r where r.user_id = u.id and r.role = 'respondent' and r.organisation_id = p_organisation_id)
      and (not exists (select 1 from user_role r where r.user_id = u.id and r.role = any (p_mfa_required_roles))
        or exists (select 1 from user_totp t where t.user_id = u.id and t.confirmed_at is not null)
        or exists (select 1 from user_passkey p where p.user_id = u.id)
        or exists (select 1 from federated_session f where f.session_id_hash = s.id_hash and f.mfa_asserted));
    if not found then
      return query select 'unauthorised'::text, null::int, null::timestamptz, null::boolean, null::text, null::text, null::text,
        null::boolean, null::int, null::text, null::int, null::text, null::text;
      return;
    end if;
    if p_now - v_last_seen_at > make_interval(secs => p_touch_seconds) then
      update session set last_seen_at = now() where id_hash = p_session_hash;
    end if;
  end if;
  perform pg_advisory_xact_lock_shared(5393988, p_year);
  if not exists (select 1 from round rd where rd.id = p_round_id and rd.year = p_year and rd.bank_version_id = p_bank_version_id
      and rd.state = 'open' and rd.opens_at <= p_now and p_now < rd.closes_at)
    or not exists (select 1 from round_invitation i where i.round_id = p_round_id and i.organisation_id = p_organisation_id) then
    return query select 'refused'::text, null::int, null::timestamptz, null::boolean, null::text, null::text, null::text, null::boolean, null::int, null::text,
      v_user_id, v_user_name, v_user_email;
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
    return query select 'refused'::text, null::int, null::timestamptz, null::boolean, null::text, null::text, null::text, null::boolean, null::int, null::text,
      v_user_id, v_user_name, v_user_email;
    return;
  end if;

  v_confirming := p_confirm_carried_over and v_has_old and v_old.carried_over;
  if not v_confirming and v_old.main is not distinct from p_main and v_old.followup is not distinct from p_followup
      and v_old.comment is not distinct from p_comment then
    return query select 'unchanged'::text, v_version, v_old.updated_at, v_has_old, v_old.main, v_old.followup, v_old.comment,
      v_old.carried_over, v_old.updated_by, (select u.name from app_user u where u.id = v_old.updated_by), v_user_id, v_user_name, v_user_email;
    return;
  end if;

  if v_response_id is null then
    insert into response (round_id, organisation_id, version, updated_at, updated_by)
    values (p_round_id, p_organisation_id, 1, now(), v_user_id)
    on conflict (round_id, organisation_id) do nothing
    returning response.id, response.version into v_response_id, v_version;
  else
    update response set version = response.version + 1, updated_at = now(), updated_by = v_user_id
    where response.id = v_response_id and response.version = p_expected_version and response.status = 'draft'
    returning response.version into v_version;
  end if;
  if not found then
    return query select 'refused'::text, null::int, null::timestamptz, null::boolean, null::text, null::text, null::text, null::boolean, null::int, null::text,
      v_user_id, v_user_name, v_user_email;
    return;
  end if;

  insert into answer as a (response_id, area_key, main, followup, comment, carried_over, updated_at, updated_by)
  values (v_response_id, p_area_key, p_main, p_followup, p_comment, false, now(), v_user_id)
  on conflict (response_id, area_key) do update set main = excluded.main, followup = excluded.followup, comment = excluded.comment,
    carried_over = false, updated_at = excluded.updated_at, updated_by = excluded.updated_by
  returning a.updated_at into v_updated_at;
  insert into audit_log (actor_user_id, action, organisation_id, round_id, details, ip)
  values (v_user_id, 'response.answer_changed', p_organisation_id, p_round_id,
    jsonb_build_object(
      'area', p_area_key,
      'from', jsonb_build_object('main', v_old.main, 'followup', v_old.followup),
      'to', jsonb_build_object('main', p_main, 'followup', p_followup),
      'commentChanged', v_old.comment is distinct from p_comment,
      'confirmedCarriedOver', v_confirming,
      'version', v_version),
    p_ip);
  return query select 'saved'::text, v_version, v_updated_at, true, p_main, p_followup, p_comment, false, v_user_id, null::text, v_user_id, v_user_name, v_user_email;
end
$$`,
    )
    .execute(db);
  await sql
    .raw(
      `create or replace function autosave_save(
  p_year int, p_round_id int, p_bank_version_id int, p_organisation_id int, p_expected_version int,
  p_area_key text, p_main text, p_followup text, p_comment text, p_confirm_carried_over boolean,
  p_user_id int, p_ip text, p_now timestamptz
) returns table (
  outcome text, version int, updated_at timestamptz, has_answer boolean, main text, followup text, comment text,
  carried_over boolean, updated_by int, updated_by_name text
) language sql volatile
as $$
  select s.outcome, s.version, s.updated_at, s.has_answer, s.main, s.followup, s.comment, s.carried_over, s.updated_by, s.updated_by_name
  from autosave_save_as(null, null, null, null, p_user_id, p_year, p_round_id, p_bank_version_id, p_organisation_id, p_expected_version,
    p_area_key, p_main, p_followup, p_comment, p_confirm_carried_over, p_ip, p_now) s
$$`,
    )
    .execute(db);
}

/** autosave_save as migration 202612062000 made it. */
const AUTOSAVE_SAVE = `create or replace function autosave_save(
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
$$`;

export async function down(db: Kysely<any>): Promise<void> {
  await sql.raw(AUTOSAVE_SAVE).execute(db);
  await sql`drop function autosave_save_as`.execute(db);
}
