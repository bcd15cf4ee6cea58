import { sql } from 'kysely';
import { writeResponseCsv } from '#server/exchange/response-csv';
import { createRound, currentFileBank, ensureOrganisations, importGeneratedRound } from './dataset';
import type { BenchEnvironment } from './environment';
import { client } from './http';
import type { BenchOptions } from './options';
import { sessionCookie } from './sessions';

export const SEED = 20261123;
/** One round of the 290 municipalities only. */
export const SMALL_YEAR = 2015;
export const FIRST_YEAR = 2016;

const log = (message: string) => console.log(`· ${message}`);

/**
 * The data set, written the way an administrator would: rounds created and
 * closed through the admin API, each round's responses imported as a response
 * file through the import endpoint. Then an open round with every
 * organisation invited and nothing answered, for the autosave run.
 */
export async function loadDataSet(env: BenchEnvironment, options: BenchOptions) {
  const admin = client(env.baseUrl, await sessionCookie(env.db, 'bench-admin@example.se', 'admin'));
  const organisations = await ensureOrganisations(env.db, options.organisations);
  const bank = await currentFileBank(env.db);
  const codes = organisations.map((o) => o.code);
  const kommuner = organisations.filter((o) => o.type === 'kommun').map((o) => o.code);
  const years = Array.from({ length: options.rounds }, (_, i) => FIRST_YEAR + i);
  const openYear = FIRST_YEAR + options.rounds;

  const started = performance.now();
  await createRound(admin, SMALL_YEAR, 'closed');
  const small = await importGeneratedRound(admin, { codes: kommuner, bank, year: SMALL_YEAR, seed: SEED });
  log(`imported ${SMALL_YEAR}: ${small.rows} rows, ${(small.bytes / 1024).toFixed(0)} kB in ${small.ms.toFixed(0)} ms`);
  for (const year of years) {
    await createRound(admin, year, 'closed');
    const timing = await importGeneratedRound(admin, { codes, bank, year, seed: SEED });
    log(`imported ${year}: ${timing.rows} rows, ${(timing.bytes / 1024).toFixed(0)} kB in ${timing.ms.toFixed(0)} ms`);
  }
  // The open round: every organisation invited (a file of not_started rows), nobody has answered yet.
  await createRound(admin, openYear, 'open');
  const invitations = codes.map((code) => ({ organisationCode: code, status: 'not_started' as const, submittedAt: null, answers: {} }));
  const file = writeResponseCsv(
    bank.areas.map((a) => a.key),
    invitations,
  );
  await admin('POST', `/api/admin/rounds/${openYear}/responses/import`, file, 'text/csv');
  const loadSeconds = (performance.now() - started) / 1000;
  await sql`vacuum analyze`.execute(env.db);
  const counts = await sql<{ responses: number; answers: number }>`
    select (select count(*) from response)::int as responses, (select count(*) from answer)::int as answers`.execute(env.db);
  log(
    `data set: ${organisations.length} organisations, ${counts.rows[0]!.responses} responses, ${counts.rows[0]!.answers} answers, loaded in ${loadSeconds.toFixed(1)} s`,
  );
  return { organisations, bank, openYear, lastClosedYear: years.at(-1)!, loadSeconds };
}
