import { sql, type Kysely } from 'kysely';
import type { Database } from '#server/db/schema';
import { fileBankOf } from '#server/exchange/service';
import type { FileBank } from '#server/exchange/response-csv';
import { closedRoundProfile, generateResponseCsv } from '#server/demo/generator';
import { findCurrentBankVersionId } from '#server/question-bank/repository';
import type { Client } from './http';

export type Organisation = { id: number; code: string; type: string };

/**
 * The 290 municipalities from the reference data, plus kommunalförbund and
 * municipal companies (alternating) until there are `total` organisations.
 * Municipalities come first in the returned list.
 */
export async function ensureOrganisations(db: Kysely<Database>, total: number): Promise<Organisation[]> {
  const counties = (await db.selectFrom('county').select('code').orderBy('code').execute()).map((c) => c.code);
  const existing = await listOrganisations(db);
  const extras = Array.from({ length: Math.max(0, total - existing.length) }, (_, i) => {
    const type = i % 2 === 0 ? ('kommunalforbund' as const) : ('bolag' as const);
    const code = `${type === 'bolag' ? 'B' : 'KF'}${String(i + 1).padStart(5, '0')}`;
    return {
      code,
      name: `${type === 'bolag' ? 'Kommunbolag' : 'Kommunalförbund'} ${i + 1}`,
      type,
      county_code: counties[i % counties.length] ?? null,
    };
  });
  for (let start = 0; start < extras.length; start += 1000) {
    await db
      .insertInto('organisation')
      .values(extras.slice(start, start + 1000))
      .execute();
  }
  return (await listOrganisations(db)).slice(0, total);
}

async function listOrganisations(db: Kysely<Database>): Promise<Organisation[]> {
  return db
    .selectFrom('organisation')
    .select(['id', 'code', 'type'])
    .orderBy(sql`type = 'kommun'`, 'desc')
    .orderBy('code')
    .execute();
}

export async function currentFileBank(db: Kysely<Database>): Promise<FileBank> {
  const id = await findCurrentBankVersionId(db);
  if (id === undefined) throw new Error('no question bank seeded');
  return fileBankOf(db, id);
}

/** Creates a round through the admin API and moves it to `state` (open rounds span now). */
export async function createRound(api: Client, year: number, state: 'open' | 'closed'): Promise<void> {
  const now = Date.now();
  const window =
    state === 'open'
      ? { opensAt: new Date(now - 86_400_000).toISOString(), closesAt: new Date(now + 30 * 86_400_000).toISOString() }
      : { opensAt: `${year}-03-01T00:00:00Z`, closesAt: `${year}-05-01T00:00:00Z` };
  await api('POST', '/api/admin/rounds', { year, ...window });
  await api('POST', `/api/admin/rounds/${year}/state`, { state: 'open' });
  if (state === 'closed') await api('POST', `/api/admin/rounds/${year}/state`, { state: 'closed' });
}

export type ImportTiming = { year: number; rows: number; bytes: number; ms: number };

/** Generates a round's response file with the demo generator and imports it through the real import endpoint. */
export async function importGeneratedRound(
  api: Client,
  input: { codes: readonly string[]; bank: FileBank; year: number; seed: number },
): Promise<ImportTiming> {
  const csv = generateResponseCsv({
    organisationCodes: input.codes,
    year: input.year,
    areas: input.bank.areas,
    profile: closedRoundProfile(input.year),
    seed: input.seed,
  });
  const started = performance.now();
  const result = await api<{ rows: number }>('POST', `/api/admin/rounds/${input.year}/responses/import`, csv, 'text/csv');
  return { year: input.year, rows: result.rows, bytes: Buffer.byteLength(csv), ms: performance.now() - started };
}
