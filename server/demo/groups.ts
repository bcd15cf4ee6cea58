import type { Kysely } from 'kysely';
import type { Database } from '#server/db/schema';
import type { OrganisationType } from '#shared/api/organisation-types';
import { DEMO_ORGANISATION_CODE } from './accounts';

/**
 * The group view's demo (docs/decisions/0021): a company Nacka owns, and a
 * kommunalförbund with two member municipalities (Nacka and Tyresö). Both
 * are invented, and say so in their names.
 */
export const DEMO_GROUP_ORGANISATIONS: readonly { code: string; name: string; type: OrganisationType; groups: readonly string[] }[] = [
  { code: '0182-AB1', name: 'Nacka Vatten och Avfall AB (fiktivt)', type: 'bolag', groups: [DEMO_ORGANISATION_CODE] },
  { code: 'KF-DEMO1', name: 'Räddningsförbundet Södertörn (fiktivt)', type: 'kommunalforbund', groups: [DEMO_ORGANISATION_CODE, '0138'] },
];

/** Adds the demo company and förbund with their groups, unless they exist; returns how many were added. */
export async function ensureDemoGroups(db: Kysely<Database>): Promise<number> {
  let added = 0;
  for (const organisation of DEMO_GROUP_ORGANISATIONS) {
    const exists = await db.selectFrom('organisation').select('id').where('code', '=', organisation.code).executeTakeFirst();
    if (exists) continue;
    const groups = await db.selectFrom('organisation').select('id').where('code', 'in', organisation.groups).execute();
    if (groups.length !== organisation.groups.length) continue;
    await db.transaction().execute(async (trx) => {
      const { id } = await trx
        .insertInto('organisation')
        .values({ code: organisation.code, name: organisation.name, type: organisation.type, county_code: '01' })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('organisation_membership')
        .values(groups.map((group) => ({ member_id: id, group_id: group.id })))
        .execute();
    });
    added += 1;
  }
  return added;
}
