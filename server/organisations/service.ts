import type { Kysely } from 'kysely';
import type { CreateOrganisationBody, OrganisationView, UpdateOrganisationBody } from '#shared/api/organisations';
import { recordAudit } from '#server/audit/repository';
import type { Actor } from '#server/audit/actor';
import type { Database } from '#server/db/schema';
import { conflict, notFound, validationFailed } from '#server/errors';
import { ancestorIds, countyExists, findOrganisation } from './repository';

export const noSuchOrganisation = () => notFound('organisation', 'No such organisation.');

async function checkReferences(db: Kysely<Database>, body: { countyCode?: string | null | undefined; parentId?: number | null | undefined }) {
  if (body.countyCode && !(await countyExists(db, body.countyCode))) {
    throw validationFailed('body.countyCode', 'unknown_reference', 'no such county');
  }
  if (body.parentId && !(await findOrganisation(db, body.parentId))) {
    throw validationFailed('body.parentId', 'unknown_reference', 'no such organisation');
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
        parent_id: body.parentId ?? null,
        contact_email: body.contactEmail ?? null,
      })
      .onConflict((oc) => oc.column('code').doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!row) throw conflict('organisation_code_exists', `An organisation with the code ${body.code} already exists.`, { code: body.code });
    await recordAudit(trx, { actorUserId: actor.id, action: 'organisation.created', organisationId: row.id, ip: actor.ip, details: { ...body } });
    return row.id;
  });
  return (await findOrganisation(db, id))!;
}

export async function updateOrganisation(db: Kysely<Database>, actor: Actor, id: number, body: UpdateOrganisationBody): Promise<OrganisationView> {
  const before = await findOrganisation(db, id);
  if (!before) throw noSuchOrganisation();
  await checkReferences(db, body);
  if (body.parentId && (body.parentId === id || (await ancestorIds(db, body.parentId)).includes(id))) {
    throw validationFailed('body.parentId', 'own_ancestor', 'an organisation cannot be its own parent or ancestor');
  }
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('organisation')
      .set({
        ...(body.name !== undefined && { name: body.name }),
        ...(body.countyCode !== undefined && { county_code: body.countyCode }),
        ...(body.parentId !== undefined && { parent_id: body.parentId }),
        ...(body.contactEmail !== undefined && { contact_email: body.contactEmail }),
      })
      .where('id', '=', id)
      .execute();
    await recordAudit(trx, { actorUserId: actor.id, action: 'organisation.updated', organisationId: id, ip: actor.ip, details: { changes: body } });
  });
  return (await findOrganisation(db, id))!;
}
