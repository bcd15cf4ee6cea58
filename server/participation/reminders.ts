import type { Kysely, Transaction } from 'kysely';
import type { OrganisationRef, ReminderBody, ReminderPlan, ReminderResult, ReminderSkipReason } from '#shared/api/round-admin';
import { recordAudit } from '#server/audit/repository';
import type { Database } from '#server/db/schema';
import type { Db } from '#server/db/sql';
import { conflict } from '#server/errors';
import { queueMail } from '#server/mail/mailer';
import { link } from '#server/mail/templates';
import type { RoundRecord } from '#server/rounds/repository';
import type { Actor } from '#server/audit/actor';
import { reminderMail } from './mail-templates';
import { loadProgress, type Progress } from './progress';
import { issueRegistrationToken, REGISTRATION_PATH } from './registration-tokens';
import { requireRound } from '#server/rounds/lookup';
import { lastRoundMails, nextAllowedAt, ROUND_MAIL_KINDS, type LastRoundMail } from './round-mail';

type Recipient = OrganisationRef & { addresses: string[]; contactEmail: string | null; needsRegistration: boolean };
type Plan = { recipients: Recipient[]; skipped: ReminderPlan['skipped'] };
export type ReminderSettings = { publicUrl: string; defaultIntervalHours: number };

const LOGIN_PATH = '/logga-in';
const LINK_PLACEHOLDER = '[personlig länk / personal link]';

/** E-mail addresses of the enabled respondents of each organisation. */
async function respondentAddresses(db: Db, organisationIds: number[]): Promise<Map<number, string[]>> {
  if (organisationIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('user_role')
    .innerJoin('app_user', 'app_user.id', 'user_role.user_id')
    .select(['user_role.organisation_id', 'app_user.email'])
    .where('user_role.role', '=', 'respondent')
    .where('user_role.organisation_id', 'in', organisationIds)
    .where('app_user.disabled_at', 'is', null)
    .orderBy('app_user.email')
    .execute();
  const byOrganisation = new Map<number, string[]>();
  for (const row of rows) byOrganisation.set(row.organisation_id!, [...(byOrganisation.get(row.organisation_id!) ?? []), row.email]);
  return byOrganisation;
}

async function notInvited(db: Db, ids: number[]): Promise<ReminderPlan['skipped']> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('organisation').select(['id', 'code', 'name']).where('id', 'in', ids).orderBy('name').execute();
  return rows.map((row) => ({ ...row, reason: 'not_invited' as const }));
}

function skipReason(
  row: Progress,
  addresses: string[],
  lastMail: LastRoundMail | undefined,
  intervalHours: number,
  now: Date,
): ReminderSkipReason | null {
  if (row.status === 'submitted') return 'submitted';
  if (lastMail && nextAllowedAt(lastMail.at, intervalHours) > now) return lastMail.kind === 'reminder' ? 'recently_reminded' : 'recently_invited';
  return addresses.length === 0 ? 'no_address' : null;
}

/** Who a reminder would reach now, and why the others are left out. */
async function planReminders(db: Db, round: RoundRecord, body: ReminderBody, intervalHours: number, now: Date): Promise<Plan> {
  const wanted = body.organisationIds ? new Set(body.organisationIds) : null;
  const rows = (await loadProgress(db, round.id)).filter((row) => !wanted || wanted.has(row.id));
  const respondents = await respondentAddresses(
    db,
    rows.map((r) => r.id),
  );
  const lastMails = await lastRoundMails(
    db,
    round.id,
    rows.map((r) => r.id),
  );
  const plan: Plan = { recipients: [], skipped: [] };
  for (const row of rows) {
    const ref = { id: row.id, code: row.code, name: row.name };
    const people = respondents.get(row.id) ?? [];
    const addresses = [...new Set([...(row.contactEmail ? [row.contactEmail.toLowerCase()] : []), ...people])];
    const reason = skipReason(row, addresses, lastMails.get(row.id), intervalHours, now);
    if (reason) plan.skipped.push({ ...ref, reason });
    else plan.recipients.push({ ...ref, addresses, contactEmail: row.contactEmail, needsRegistration: people.length === 0 });
  }
  const invitedIds = new Set(rows.map((r) => r.id));
  plan.skipped.push(
    ...(await notInvited(
      db,
      [...(wanted ?? [])].filter((id) => !invitedIds.has(id)),
    )),
  );
  return plan;
}

/** The reminder as one organisation reads it; without a registration link it points to the login page. */
function composeReminder(
  round: RoundRecord,
  organisationName: string,
  settings: ReminderSettings,
  note: string | undefined,
  registrationUrl: string | null,
) {
  return reminderMail({
    year: round.year,
    opensAt: round.opensAt,
    closesAt: round.closesAt,
    organisationName,
    loginUrl: `${settings.publicUrl.replace(/\/+$/, '')}${LOGIN_PATH}`,
    registrationUrl,
    note,
  });
}

function toPlanResponse(round: RoundRecord, plan: Plan, body: ReminderBody, settings: ReminderSettings, intervalHours: number): ReminderPlan {
  const first = plan.recipients[0];
  const sample = composeReminder(round, first?.name ?? '[organisation]', settings, body.note, first?.needsRegistration ? LINK_PLACEHOLDER : null);
  const recipients = plan.recipients.map(({ id, code, name, addresses }) => ({ id, code, name, addresses }));
  return { subject: sample.subject, text: sample.text, intervalHours, recipients, skipped: plan.skipped };
}

export async function previewReminders(db: Kysely<Database>, year: number, body: ReminderBody, settings: ReminderSettings): Promise<ReminderPlan> {
  const round = await requireRound(db, year);
  const intervalHours = body.minIntervalHours ?? settings.defaultIntervalHours;
  const plan = await planReminders(db, round, body, intervalHours, new Date());
  return toPlanResponse(round, plan, body, settings, intervalHours);
}

/**
 * Sends the planned reminders and records each delivery. The round row is
 * locked for update, so two administrators sending at once cannot both
 * remind the same organisation inside the interval.
 */
export async function sendReminders(
  db: Kysely<Database>,
  year: number,
  body: ReminderBody,
  settings: ReminderSettings,
  actor: Actor,
): Promise<{ result: Omit<ReminderResult, 'delivery'>; mailIds: number[] }> {
  return db.transaction().execute(async (trx) => {
    const round = await requireRound(trx, year, 'update');
    if (round.state !== 'open')
      throw conflict('reminders_need_open_round', `The ${year} round is ${round.state}: reminders are sent only while it is open.`, {
        year,
        state: round.state,
      });
    const intervalHours = body.minIntervalHours ?? settings.defaultIntervalHours;
    const plan = await planReminders(trx, round, body, intervalHours, new Date());
    const mailIds: number[] = [];
    for (const recipient of plan.recipients) mailIds.push(...(await remind(trx, round, recipient, body.note, settings, actor)));
    await recordAudit(trx, {
      actorUserId: actor.id,
      ip: actor.ip,
      action: 'round.reminders_sent',
      roundId: round.id,
      details: { year, intervalHours, messages: mailIds.length, organisations: plan.recipients.map((r) => r.code) },
    });
    return { result: { ...toPlanResponse(round, plan, body, settings, intervalHours), sent: mailIds.length }, mailIds };
  });
}

/** One mail per address; the contact address of an organisation without respondents gets a fresh registration link. */
async function remind(
  trx: Transaction<Database>,
  round: RoundRecord,
  recipient: Recipient,
  note: string | undefined,
  settings: ReminderSettings,
  actor: Actor,
) {
  const ids: number[] = [];
  for (const address of recipient.addresses) {
    const withRegistration = recipient.needsRegistration && address === recipient.contactEmail?.toLowerCase();
    const registrationUrl = withRegistration ? await registrationLink(trx, round, recipient.id, settings, actor) : null;
    const mail = composeReminder(round, recipient.name, settings, note, registrationUrl);
    const mailId = await queueMail(trx, { to: address, ...mail, kind: ROUND_MAIL_KINDS.reminder, organisationId: recipient.id, roundId: round.id });
    await trx
      .insertInto('reminder_delivery')
      .values({ round_id: round.id, organisation_id: recipient.id, to_address: address, outbox_message_id: mailId, sent_by: actor.id })
      .execute();
    ids.push(mailId);
  }
  return ids;
}

async function registrationLink(trx: Transaction<Database>, round: RoundRecord, organisationId: number, settings: ReminderSettings, actor: Actor) {
  const token = await issueRegistrationToken(trx, { roundId: round.id, organisationId, closesAt: round.closesAt, createdByUserId: actor.id });
  return link(settings.publicUrl, REGISTRATION_PATH, token);
}
