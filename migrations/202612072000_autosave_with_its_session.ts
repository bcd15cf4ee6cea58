import { sql, type Kysely } from 'kysely';

/*
 * The autosave's session check in the statement that saves (docs/decisions/0034):
 * a save whose caller is plainly allowed is one statement, not a session
 * lookup and then the save.
 *
 * autosave_save_in_session looks the session up by its token's hash and
 * proceeds only when the ordinary path (server/auth/access.ts, guard.ts)
 * would certainly let the caller write this organisation's response: the
 * session is live (not expired, used within p_idle_seconds), its user is not
 * disabled, it waits for no second factor, its user holds the respondent
 * role for p_organisation_id, and MFA does not stand in the way — the user
 * holds none of p_mfa_required_roles, or has a second factor (a confirmed
 * authenticator app or a passkey), or signed in through a provider that
 * asserted MFA. Anything else — no session, an incomplete one, another
 * organisation, the bootstrap administrator without MFA — answers
 * 'unauthorised' and changes nothing, not even the session's last use: the
 * app then looks the session up the ordinary way, which answers 401, 403 or
 * 404 as for any route, or saves if the session has become valid meanwhile.
 * The check is deliberately no wider than the app's; where unsure it refuses,
 * and the ordinary path decides.
 *
 * An allowed session's last use is refreshed as the ordinary lookup refreshes
 * it (when older than p_touch_seconds by the app's clock, p_now), then the
 * save is autosave_save's (migrations/202612062000), with the session's user
 * as the actor, whose id, name and e-mail come back beside its answer.
 */

export async function up(db: Kysely<any>): Promise<void> {
  await sql
    .raw(
      `create function autosave_save_in_session(
  p_session_hash text, p_idle_seconds int, p_touch_seconds int, p_mfa_required_roles text[],
  p_year int, p_round_id int, p_bank_version_id int, p_organisation_id int, p_expected_version int,
  p_area_key text, p_main text, p_followup text, p_comment text, p_confirm_carried_over boolean,
  p_ip text, p_now timestamptz
) returns table (
  outcome text, version int, updated_at timestamptz, has_answer boolean, main text, followup text, comment text,
  carried_over boolean, updated_by int, updated_by_name text, user_id int, user_name text, user_email text
) language plpgsql volatile
as $$
declare
  v_user_id int;
  v_user_name text;
  v_user_email text;
  v_last_seen_at timestamptz;
begin
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
  return query select s.outcome, s.version, s.updated_at, s.has_answer, s.main, s.followup, s.comment, s.carried_over, s.updated_by,
    s.updated_by_name, v_user_id, v_user_name, v_user_email
  from autosave_save(p_year, p_round_id, p_bank_version_id, p_organisation_id, p_expected_version, p_area_key, p_main, p_followup,
    p_comment, p_confirm_carried_over, v_user_id, p_ip, p_now) s;
end
$$`,
    )
    .execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop function autosave_save_in_session`.execute(db);
}
