import type { Actor } from '#server/audit/actor';
import type { ExpressionBuilder, Kysely, Transaction } from 'kysely';
import type { InvitationSelection, InviteResult, OrganisationRef } from '#shared/api/round-admin';
import { recordAudit } from '#server/audit/repository';
import type { Database } from '#server/db/schema';
import type { Db } from '#server/db/sql';
import { queueMail } from '#server/mail/mailer';
import { link } from '#server/mail/templates';
import type { RoundRecord } from '#server/rounds/repository';
import { roundInvitationMail } from './mail-templates';
import { issueRegistrationToken, REGISTRATION_PATH } from './registration-tokens';
import { assertNotPublished, requireRound } from '#server/rounds/lookup';
import { ROUND_MAIL_KINDS } from './round-mail';

export type Candidate = OrganisationRef & { contactEmail: string | null };

function selectedBy(eb: ExpressionBuilder<Database, 'organisation'>, selection: InvitationSelection) {
  switch (selection.kind) {
    case 'municipalities':
      return [eb('type', '=', 'kommun')];
    case 'filter':
      return [...(selection.type ? [eb('type', '=', selection.type)] : []), ...(selection.county ? [eb('county_code', '=', selection.county)] : [])];
    case 'codes':
      return [eb('code', 'in', selection.codes)];
  }
}

/** The organisations a selection names, and the listed codes that name none. */
export async function resolveSelection(db: Db, selection: InvitationSelection): Promise<{ organisations: Candidate[]; unknownCodes: string[] }> {
  const rows = await db
    .selectFrom('organisation')
    .select(['id', 'code', 'name', 'contact_email'])
    .where((eb) => eb.and(selectedBy(eb, selection)))
    .orderBy('code')
    .execute();
  const organisations = rows.map((r) => ({ id: r.id, code: r.code, name: r.name, contactEmail: r.contact_email }));
  const found = new Set(organisations.map((o) => o.code));
  const unknownCodes = selection.kind === 'codes' ? [...new Set(selection.codes)].filter((code) => !found.has(code)) : [];
  return { organisations, unknownCodes };
}

/**
 * Invites the selected organisations to a round and, unless told not to,
 * writes each newly invited organisation a registration mail to its contact
 * address. Returns the outbox ids to deliver after the commit.
 */
export async function inviteOrganisations(
  db: Kysely<Database>,
  input: { year: number; selection: InvitationSelection; sendMail: boolean; publicUrl: string },
  actor: Actor,
): Promise<{ result: Omit<InviteResult, 'delivery'>; mailIds: number[] }> {
  return db.transaction().execute(async (trx) => {
    const round = await requireRound(trx, input.year, 'share');
    assertNotPublished(round, 'inviting organisations');
    const { organisations, unknownCodes } = await resolveSelection(trx, input.selection);
    const newIds = await insertInvitations(
      trx,
      round.id,
      organisations.map((o) => o.id),
      actor.id,
    );
    const invited = organisations.filter((o) => newIds.has(o.id));
    const mailable = input.sendMail ? invited.filter((o) => o.contactEmail !== null) : [];
    const mailIds: number[] = [];
    for (const organisation of mailable) mailIds.push(await queueInvitationMail(trx, round, organisation, actor, input.publicUrl));
    const withoutContact = invited.filter((o) => o.contactEmail === null).map(({ id, code, name }) => ({ id, code, name }));
    const result = {
      invited: invited.length,
      alreadyInvited: organisations.length - invited.length,
      mailed: mailIds.length,
      withoutContact,
      unknownCodes,
    };
    await recordAudit(trx, {
      actorUserId: actor.id,
      ip: actor.ip,
      action: 'round.organisations_invited',
      roundId: round.id,
      details: { year: round.year, selection: input.selection, ...result, withoutContact: withoutContact.map((o) => o.code) },
    });
    return { result, mailIds };
  });
}

async function insertInvitations(
  trx: Transaction<Database>,
  roundId: number,
  organisationIds: number[],
  invitedBy: number | null,
): Promise<Set<number>> {
  if (organisationIds.length === 0) return new Set();
  const rows = await trx
    .insertInto('round_invitation')
    .values(organisationIds.map((organisationId) => ({ round_id: roundId, organisation_id: organisationId, invited_by: invitedBy })))
    .onConflict((oc) => oc.columns(['round_id', 'organisation_id']).doNothing())
    .returning('organisation_id')
    .execute();
  return new Set(rows.map((r) => r.organisation_id));
}

/** The invitation mail with a fresh registration link (earlier links of the organisation and round stop working). */
export async function queueInvitationMail(trx: Transaction<Database>, round: RoundRecord, organisation: Candidate, actor: Actor, publicUrl: string) {
  const token = await issueRegistrationToken(trx, {
    roundId: round.id,
    organisationId: organisation.id,
    closesAt: round.closesAt,
    createdByUserId: actor.id,
  });
  const mail = roundInvitationMail({
    year: round.year,
    opensAt: round.opensAt,
    closesAt: round.closesAt,
    organisationName: organisation.name,
    registrationUrl: link(publicUrl, REGISTRATION_PATH, token),
  });
  return queueMail(trx, {
    to: organisation.contactEmail!,
    ...mail,
    kind: ROUND_MAIL_KINDS.invitation,
    organisationId: organisation.id,
    roundId: round.id,
  });
}

/**
 * One invited organisation, its invitation row locked until the transaction
 * ends: withdrawing and resending the same invitation take turns.
 * Undefined when the organisation is not invited to the round.
 */
export async function lockInvitation(trx: Transaction<Database>, roundId: number, organisationId: number): Promise<Candidate | undefined> {
  const row = await trx
    .selectFrom('round_invitation as invitation')
    .innerJoin('organisation', 'organisation.id', 'invitation.organisation_id')
    .select(['organisation.id', 'organisation.code', 'organisation.name', 'organisation.contact_email'])
    .where('invitation.round_id', '=', roundId)
    .where('invitation.organisation_id', '=', organisationId)
    .forUpdate('invitation')
    .executeTakeFirst();
  return row && { id: row.id, code: row.code, name: row.name, contactEmail: row.contact_email };
}
