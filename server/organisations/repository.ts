import type { OrganisationType, OrganisationView } from '#shared/api/organisations';
import type { Db } from '#server/db/sql';
import { escapeLike } from '#server/db/sql';
import { sql } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';

export type OrganisationFilter = {
  ids?: number[] | undefined;
  type?: OrganisationType | undefined;
  county?: string | undefined;
  search?: string | undefined;
};

function selectOrganisations(db: Db) {
  return db
    .selectFrom('organisation')
    .leftJoin('county', 'county.code', 'organisation.county_code')
    .select([
      'organisation.id',
      'organisation.code',
      'organisation.name',
      'organisation.type',
      'organisation.county_code',
      'county.name as county_name',
      'organisation.contact_email',
    ])
    .select((eb) =>
      jsonArrayFrom(
        eb
          .selectFrom('organisation_membership')
          .innerJoin('organisation as grp', 'grp.id', 'organisation_membership.group_id')
          .select(['grp.id', 'grp.name', 'grp.type'])
          .whereRef('organisation_membership.member_id', '=', 'organisation.id')
          .orderBy('grp.name')
          .orderBy('grp.id'),
      ).as('groups'),
    );
}

type OrganisationRow = Awaited<ReturnType<ReturnType<typeof selectOrganisations>['execute']>>[number];

export const toOrganisationView = (row: OrganisationRow): OrganisationView => ({
  id: row.id,
  code: row.code,
  name: row.name,
  type: row.type,
  countyCode: row.county_code,
  countyName: row.county_name,
  groups: row.groups,
  contactEmail: row.contact_email,
});

export async function listOrganisations(db: Db, filter: OrganisationFilter): Promise<OrganisationView[]> {
  if (filter.ids?.length === 0) return [];
  const pattern = filter.search ? `%${escapeLike(filter.search.toLowerCase())}%` : undefined;
  const rows = await selectOrganisations(db)
    .$if(filter.ids !== undefined, (q) => q.where('organisation.id', 'in', filter.ids!))
    .$if(filter.type !== undefined, (q) => q.where('organisation.type', '=', filter.type!))
    .$if(filter.county !== undefined, (q) => q.where('organisation.county_code', '=', filter.county!))
    .$if(pattern !== undefined, (q) =>
      q.where((eb) => eb.or([eb(eb.fn('lower', ['organisation.name']), 'like', pattern!), eb('organisation.code', 'like', pattern!)])),
    )
    .orderBy('organisation.name')
    .orderBy('organisation.id')
    .execute();
  return rows.map(toOrganisationView);
}

export async function findOrganisation(db: Db, id: number): Promise<OrganisationView | undefined> {
  const row = await selectOrganisations(db).where('organisation.id', '=', id).executeTakeFirst();
  return row && toOrganisationView(row);
}

export function findOrganisationIdsByCode(db: Db, codes: string[]) {
  if (codes.length === 0) return Promise.resolve(new Map<string, number>());
  return db
    .selectFrom('organisation')
    .select(['id', 'code'])
    .where('code', 'in', codes)
    .execute()
    .then((rows) => new Map(rows.map((r) => [r.code, r.id])));
}

export function countyExists(db: Db, code: string) {
  return db.selectFrom('county').select('code').where('code', '=', code).executeTakeFirst().then(Boolean);
}

/** Every organisation above one through group membership (its groups, their groups…), nearest first. */
export async function ancestorIds(db: Db, id: number): Promise<number[]> {
  const rows = await sql<{ id: number }>`
    with recursive above(id, depth) as (
      select group_id, 1 from organisation_membership where member_id = ${id}
      union
      select m.group_id, above.depth + 1 from organisation_membership m join above on m.member_id = above.id where above.depth < 50
    )
    select id from above group by id order by min(depth), id`.execute(db);
  return rows.rows.map((r) => r.id);
}

/** Makes the organisation a member of exactly these groups. */
export async function setGroups(db: Db, memberId: number, groupIds: number[]) {
  await db
    .deleteFrom('organisation_membership')
    .where('member_id', '=', memberId)
    .$if(groupIds.length > 0, (q) => q.where('group_id', 'not in', groupIds))
    .execute();
  if (groupIds.length === 0) return;
  await db
    .insertInto('organisation_membership')
    .values(groupIds.map((groupId) => ({ member_id: memberId, group_id: groupId })))
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export function listAttributes(db: Db, organisationId: number) {
  return db
    .selectFrom('organisation_attribute')
    .select(['attribute', 'value'])
    .where('organisation_id', '=', organisationId)
    .orderBy('attribute')
    .execute();
}
