import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql, type Kysely } from 'kysely';
import { ATTRIBUTE_CSV_COLUMNS } from '#shared/api/organisations';
import type { Database } from '#server/db/schema';
import { readCsv } from '#server/http/csv';

/**
 * SKR's kommungrupp in its real shape (nine groups, their real sizes) with an
 * invented assignment: the real list cannot be fetched here. See data/README.md.
 */
export const DEMO_ATTRIBUTE_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../data/kommungrupp-demo-fiktiv.csv');
const DEMO_ATTRIBUTE = 'kommungrupp';

/**
 * Gives the demo municipalities a kommungrupp, so the "similar municipalities"
 * comparison and the national attribute filter have something to show.
 * Skipped as soon as any organisation has a kommungrupp: an imported real
 * list is never overwritten. Returns how many organisations got one.
 */
export async function ensureDemoAttributes(db: Kysely<Database>): Promise<number> {
  const present = await db
    .selectFrom('organisation_attribute')
    .select('organisation_id')
    .where('attribute', '=', DEMO_ATTRIBUTE)
    .limit(1)
    .executeTakeFirst();
  if (present) return 0;
  const rows = readCsv(readFileSync(DEMO_ATTRIBUTE_FILE, 'utf8'), ATTRIBUTE_CSV_COLUMNS).map((r) => r.values);
  const result = await sql`
    insert into organisation_attribute (organisation_id, attribute, value)
    select o.id, v.attribute, v.value
    from unnest(${rows.map((r) => r.code)}::text[], ${rows.map((r) => r.attribute)}::text[], ${rows.map((r) => r.value)}::text[]) as v(code, attribute, value)
    join organisation o on o.code = v.code
    on conflict do nothing`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}
