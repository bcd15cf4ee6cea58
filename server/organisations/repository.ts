import type { OrganisationType, OrganisationView } from '#shared/api/organisations';
import type { Db } from '#server/db/sql';
import { escapeLike } from '#server/db/sql';

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
    .leftJoin('organisation as parent', 'parent.id', 'organisation.parent_id')
    .select([
      'organisation.id',
      'organisation.code',
      'organisation.name',
      'organisation.type',
      'organisation.county_code',
      'county.name as county_name',
      'organisation.parent_id',
      'parent.name as parent_name',
      'organisation.contact_email',
    ]);
}

type OrganisationRow = Awaited<ReturnType<ReturnType<typeof selectOrganisations>['execute']>>[number];

export const toOrganisationView = (row: OrganisationRow): OrganisationView => ({
  id: row.id,
  code: row.code,
  name: row.name,
  type: row.type,
  countyCode: row.county_code,
  countyName: row.county_name,
  parentId: row.parent_id,
  parentName: row.parent_name,
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

/** The chain of parents above an organisation, nearest first. */
export async function ancestorIds(db: Db, id: number): Promise<number[]> {
  const chain: number[] = [];
  let current: number | null = id;
  while (current !== null && chain.length < 50) {
    const row: { parent_id: number | null } | undefined = await db
      .selectFrom('organisation')
      .select('parent_id')
      .where('id', '=', current)
      .executeTakeFirst();
    current = row?.parent_id ?? null;
    if (current !== null) chain.push(current);
  }
  return chain;
}

export function listAttributes(db: Db, organisationId: number) {
  return db
    .selectFrom('organisation_attribute')
    .select(['attribute', 'value'])
    .where('organisation_id', '=', organisationId)
    .orderBy('attribute')
    .execute();
}
