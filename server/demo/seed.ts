import type { Kysely } from 'kysely';
import type { Database } from '#server/db/schema';
import { importResponses, fileBankOf } from '#server/exchange/service';
import { findRound } from '#server/rounds/repository';
import { DEMO_YEAR, seedDemoRound } from '#server/seed/demo-round';
import { changeRoundState, createRound } from '#server/rounds/service';
import { closedRoundProfile, generateResponseCsv, openRoundProfile, type RoundProfile } from './generator';
import { DEMO_ORGANISATION_CODE, ensureDemoAccounts } from './accounts';
import { ensureDemoAttributes } from './attributes';
import { ensureDemoContactAddresses } from './contacts';
import { ensureDemoAuditRegister } from './audit-register';
import { ensureDemoGroups } from './groups';
import { ensureDemoPlans } from './plans';
import { SYSTEM_ACTOR } from '#server/audit/actor';

type Logger = { info: (msg: string) => void };

/** Published earlier rounds, so results have a history to show. */
export const DEMO_PAST_YEARS = [DEMO_YEAR - 3, DEMO_YEAR - 2, DEMO_YEAR - 1];
const DEMO_SEED = 2019;
const NEXT_STATE = { draft: 'open', open: 'closed', closed: 'published' } as const;

/**
 * Demo data (SEED_DEMO=true): published rounds for the past three years with
 * generated responses from every municipality, the current open round with
 * all municipalities invited and some drafts, contact addresses for the
 * municipalities (so invitations and reminders reach the outbox), an invented
 * kommungrupp (so "similar municipalities" compares something), demo accounts and
 * an audit register for the demo municipality (./audit-register.ts). Idempotent:
 * a round that already has invitations is left alone, so a restart (or real
 * work in the demo) is never overwritten. Responses go through the real import.
 */
export async function seedDemoData(db: Kysely<Database>, logger: Logger, now = new Date()): Promise<void> {
  const addressed = await ensureDemoContactAddresses(db);
  if (addressed) logger.info(`Demo: gave ${addressed} municipalities a contact address`);
  const attributed = await ensureDemoAttributes(db);
  if (attributed) logger.info(`Demo: gave ${attributed} municipalities an invented kommungrupp (data/kommungrupp-demo-fiktiv.csv)`);
  const codes = await municipalityCodes(db);
  for (const year of DEMO_PAST_YEARS) {
    await ensurePublishedRound(db, year);
    if (await loadRound(db, year, closedRoundProfile(year), codes)) logger.info(`Demo: imported generated responses for ${year}`);
  }
  await seedDemoRound(db, now);
  const current = await findRound(db, { year: DEMO_YEAR });
  if (current && (await loadRound(db, DEMO_YEAR, openRoundProfile(current.opensAt, now), codes, new Set([DEMO_ORGANISATION_CODE])))) {
    logger.info(`Demo: invited all municipalities to ${DEMO_YEAR}, with some drafts`);
  }
  const grouped = await ensureDemoGroups(db);
  if (grouped) logger.info(`Demo: added ${grouped} organisations with groups (a company of Nacka, a kommunalförbund)`);
  const planned = await ensureDemoPlans(db);
  if (planned) logger.info(`Demo: planned ${planned} improvement actions with follow-ups`);
  const created = await ensureDemoAccounts(db);
  if (created.length) logger.info(`Demo: created accounts ${created.join(', ')}`);
  const recommendations = await ensureDemoAuditRegister(db);
  if (recommendations) logger.info(`Demo: an audit with ${recommendations} recommendations and their follow-ups for ${DEMO_ORGANISATION_CODE}`);
}

async function municipalityCodes(db: Kysely<Database>): Promise<string[]> {
  const rows = await db.selectFrom('organisation').select('code').where('type', '=', 'kommun').orderBy('code').execute();
  return rows.map((r) => r.code);
}

async function ensurePublishedRound(db: Kysely<Database>, year: number): Promise<void> {
  const actor = SYSTEM_ACTOR;
  let round = await findRound(db, { year });
  if (!round) {
    const window = { opensAt: new Date(Date.UTC(year, 2, 1)), closesAt: new Date(Date.UTC(year, 5, 1)) };
    round = await createRound(db, { year, ...window }, actor);
  }
  let state = round.state;
  while (state !== 'published') {
    state = NEXT_STATE[state];
    await changeRoundState(db, year, state, actor);
  }
}

/** Imports a generated file unless the round already has invitations; true when it did. */
async function loadRound(
  db: Kysely<Database>,
  year: number,
  profile: RoundProfile,
  codes: string[],
  notStarted?: ReadonlySet<string>,
): Promise<boolean> {
  const round = await findRound(db, { year });
  if (!round) return false;
  const invited = await db.selectFrom('round_invitation').select('organisation_id').where('round_id', '=', round.id).limit(1).executeTakeFirst();
  if (invited) return false;
  const bank = await fileBankOf(db, round.bankVersionId);
  const csv = generateResponseCsv({ organisationCodes: codes, year, areas: bank.areas, profile, seed: DEMO_SEED, notStarted });
  await importResponses(db, year, csv, SYSTEM_ACTOR);
  return true;
}
