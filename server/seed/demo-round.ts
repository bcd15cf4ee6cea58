import type { Kysely } from 'kysely';
import type { Database } from '#server/db/schema';
import { findRound } from '#server/rounds/repository';
import { changeRoundState, createRound } from '#server/rounds/service';
import { SYSTEM_ACTOR } from '#server/audit/actor';

export const DEMO_YEAR = 2026;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * An open 2026 round whose window spans today (opened 30 days ago, closes in
 * 60), so a fresh demo has something to answer. Leaves an existing 2026 round alone.
 */
export async function seedDemoRound(db: Kysely<Database>, now = new Date()): Promise<boolean> {
  if (await findRound(db, { year: DEMO_YEAR })) return false;
  const actor = SYSTEM_ACTOR;
  const window = { opensAt: new Date(now.getTime() - 30 * DAY_MS), closesAt: new Date(now.getTime() + 60 * DAY_MS) };
  await createRound(db, { year: DEMO_YEAR, ...window }, actor);
  await changeRoundState(db, DEMO_YEAR, 'open', actor);
  return true;
}
