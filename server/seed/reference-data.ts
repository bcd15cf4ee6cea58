import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '#server/db/schema';

const MUNICIPALITIES_CSV = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../data/municipalities.csv');

const rowSchema = z.object({
  municipality_code: z.string().regex(/^\d{4}$/),
  municipality_name: z.string().min(1),
  county_code: z.string().regex(/^\d{2}$/),
  county_name: z.string().min(1),
});

export async function readMunicipalities() {
  const text = await readFile(MUNICIPALITIES_CSV, 'utf8');
  const records: unknown[] = parse(text, { columns: true, skip_empty_lines: true, trim: true });
  return records.map((record) => rowSchema.parse(record));
}

/** Inserts or refreshes the 21 counties and 290 municipalities; safe to run on every start. */
export async function seedReferenceData(db: Kysely<Database>): Promise<void> {
  const rows = await readMunicipalities();
  const counties = [...new Map(rows.map((r) => [r.county_code, r.county_name])).entries()];
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('county')
      .values(counties.map(([code, name]) => ({ code, name })))
      .onConflict((oc) => oc.column('code').doUpdateSet((eb) => ({ name: eb.ref('excluded.name') })))
      .execute();
    await trx
      .insertInto('organisation')
      .values(
        rows.map((r) => ({
          code: r.municipality_code,
          name: r.municipality_name,
          type: 'kommun' as const,
          county_code: r.county_code,
        })),
      )
      .onConflict((oc) =>
        oc.column('code').doUpdateSet((eb) => ({
          name: eb.ref('excluded.name'),
          county_code: eb.ref('excluded.county_code'),
        })),
      )
      .execute();
  });
}
