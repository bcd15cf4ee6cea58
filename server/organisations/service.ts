import type { Kysely } from 'kysely';
import type { CreateOrganisationBody, OrganisationView, UpdateOrganisationBody } from '#shared/api/organisations';
import { recordAudit } from '#server/audit/repository';
import type { Actor } from '#server/audit/actor';
import type { Database } from '#server/db/schema';
import { conflict, notFound, validationFailed } from '#server/errors';
import { ancestorIds, countyExists, findOrganisation, setGroups } from './repository';

export const noSuchOrganisation = () => notFound('organisation', 'No such organisation.');

async function checkReferences(db: Kysely<Database>, body: { countyCode?: string | null | undefined; groupIds?: number[] | undefined }) {
  if (body.countyCode && !(await countyExists(db, body.countyCode))) {
    throw validationFailed('body.countyCode', 'unknown_reference', 'no such county');
  }
  for (const [index, groupId] of (body.groupIds ?? []).entries()) {
    const group = await findOrganisation(db, groupId);
    if (!group) throw validationFailed(`body.groupIds.${index}`, 'unknown_reference', 'no such organisation');
    // Only a kommun's people read through a group (docs/decisions/0021): any other group would give no one anything.
    if (group.type !== 'kommun') throw validationFailed(`body.groupIds.${index}`, 'not_a_group', 'only a kommun can be a group');
  }
}

export async function createOrganisation(db: Kysely<Database>, actor: Actor, body: CreateOrganisationBody): Promise<OrganisationView> {
  await checkReferences(db, body);
  const id = await db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('organisation')
      .values({
        code: body.code,
        name: body.name,
        type: body.type,
        county_code: body.countyCode ?? null,
        contact_email: body.contactEmail ?? null,
      })
      .onConflict((oc) => oc.column('code').doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!row) throw conflict('organisation_code_exists', `An organisation with the code ${body.code} already exists.`, { code: body.code });
    if (body.groupIds) await setGroups(trx, row.id, body.groupIds);
    await recordAudit(trx, { actorUserId: actor.id, action: 'organisation.created', organisationId: row.id, ip: actor.ip, details: { ...body } });
    return row.id;
  });
  return (await findOrganisation(db, id))!;
}

export async function updateOrganisation(db: Kysely<Database>, actor: Actor, id: number, body: UpdateOrganisationBody): Promise<OrganisationView> {
  const before = await findOrganisation(db, id);
  if (!before) throw noSuchOrganisation();
  await checkReferences(db, body);
  for (const [index, groupId] of (body.groupIds ?? []).entries()) {
    if (groupId === id || (await ancestorIds(db, groupId)).includes(id)) {
      throw validationFailed(`body.groupIds.${index}`, 'own_ancestor', 'an organisation cannot be its own group or a group of its groups');
    }
  }
  const { groupIds, ...columns } = body;
  await db.transaction().execute(async (trx) => {
    if (Object.values(columns).some((value) => value !== undefined)) {
      await trx
        .updateTable('organisation')
        .set({
          ...(columns.name !== undefined && { name: columns.name }),
          ...(columns.countyCode !== undefined && { county_code: columns.countyCode }),
          ...(columns.contactEmail !== undefined && { contact_email: columns.contactEmail }),
        })
        .where('id', '=', id)
        .execute();
    }
    if (groupIds) await setGroups(trx, id, groupIds);
    await recordAudit(trx, { actorUserId: actor.id, action: 'organisation.updated', organisationId: id, ip: actor.ip, details: { changes: body } });
  });
  return (await findOrganisation(db, id))!;
}
