import { sql, type Kysely } from 'kysely';
import type { Database } from '#server/db/schema';
import { writeRoundSnapshot } from '#server/improvement/repository';
import { findRound } from '#server/rounds/repository';
import { DEMO_YEAR } from '#server/seed/demo-round';
import { DEMO_ORGANISATION_CODE } from './accounts';
import { seededRandom } from './prng';

const PLANS_SEED = 2017;
/** Every how-many-th municipality has a plan: enough organisations for analysts' shares to pass the threshold. */
const SHARE_WITH_PLANS = 0.2;
const STATUSES = ['planned', 'in_progress', 'done', 'stopped'] as const;
const OUTCOMES = ['yes', 'partly', 'no'] as const;
const RESPONSIBLE = ['Informationssäkerhetssamordnare', 'CISO', 'IT-chef', 'Kommundirektör', 'Säkerhetschef'];

/**
 * Demo action plans (issue 17), deterministic: about a fifth of the
 * municipalities and always the demo organisation plan actions from the
 * guidance after the rounds two years and one year back; the round one year
 * back follows up the older actions. The demo organisation's actions from
 * last year wait for follow-up in the open round. The snapshots of the past
 * rounds are then written as they would have been at their close (the demo
 * rounds were closed before there were plans to count). Idempotent: nothing
 * is done once the demo organisation has an action.
 */
export async function ensureDemoPlans(db: Kysely<Database>): Promise<number> {
  const demo = await db
    .selectFrom('improvement_action as a')
    .innerJoin('organisation as o', 'o.id', 'a.organisation_id')
    .select('a.id')
    .where('o.code', '=', DEMO_ORGANISATION_CODE)
    .limit(1)
    .executeTakeFirst();
  if (demo) return 0;
  const older = await findRound(db, { year: DEMO_YEAR - 2 });
  const last = await findRound(db, { year: DEMO_YEAR - 1 });
  if (!older || !last) return 0;
  const areas = await db
    .selectFrom('question_area')
    .select(['key', sql<string>`guidance -> '3' ->> 'sv'`.as('to3'), sql<string>`guidance -> '2' ->> 'sv'`.as('to2')])
    .where('bank_version_id', '=', last.bankVersionId)
    .orderBy('position')
    .execute();
  const organisations = await db.selectFrom('organisation').select(['id', 'code']).where('type', '=', 'kommun').orderBy('code').execute();
  const random = seededRandom(PLANS_SEED);
  let count = 0;
  for (const organisation of organisations) {
    const isDemo = organisation.code === DEMO_ORGANISATION_CODE;
    if (!isDemo && !random.chance(SHARE_WITH_PLANS)) continue;
    for (const year of [DEMO_YEAR - 2, DEMO_YEAR - 1]) {
      const planned = isDemo ? areas.slice(year === DEMO_YEAR - 1 ? 0 : 3, year === DEMO_YEAR - 1 ? 3 : 5) : [random.pick(areas), random.pick(areas)];
      for (const area of new Set(planned)) {
        const toLevel = random.chance(0.5) ? 3 : 2;
        const title = (toLevel === 3 ? area.to3 : area.to2) || area.to3;
        const followedUp = year === DEMO_YEAR - 2;
        const row = await db
          .insertInto('improvement_action')
          .values({
            organisation_id: organisation.id,
            area_key: area.key,
            planned_in_year: year,
            title,
            responsible: random.pick(RESPONSIBLE),
            due_on: `${year + 1}-${random.chance(0.5) ? '03-31' : '09-30'}`,
            status: followedUp ? random.pick(STATUSES) : random.pick(['planned', 'in_progress'] as const),
            evidence: followedUp && random.chance(0.5) ? 'https://intranat.example.se/informationssakerhet' : '',
            origin: 'guidance',
            guidance_target_level: toLevel,
            created_at: new Date(Date.UTC(year, 8, 15)),
            updated_at: new Date(Date.UTC(year, 8, 15)),
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        count += 1;
        if (followedUp) {
          const outcome = random.pick(OUTCOMES);
          await db
            .insertInto('improvement_action_follow_up')
            .values({
              action_id: row.id,
              round_year: DEMO_YEAR - 1,
              outcome,
              comment: outcome === 'yes' ? 'Genomfört enligt plan.' : outcome === 'partly' ? 'Påbörjat, fortsätter i år.' : 'Inte prioriterat.',
              recorded_at: new Date(Date.UTC(DEMO_YEAR - 1, 3, 1)),
            })
            .execute();
        }
      }
    }
  }
  await writeRoundSnapshot(db, older);
  await writeRoundSnapshot(db, last);
  return count;
}
