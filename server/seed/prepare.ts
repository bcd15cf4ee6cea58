import type { Kysely } from 'kysely';
import type { Config } from '#server/config';
import { ensureBootstrapAdmin } from './bootstrap-admin';
import { seedQuestionBank } from '#server/question-bank/seed';
import { seedReferenceData } from './reference-data';
import { seedDemoRound } from './demo-round';
import { seedDemoData } from '#server/demo/seed';
import { migrateToLatest } from '#server/db/migrate';
import type { Database } from '#server/db/schema';

type Logger = { info: (msg: string) => void };

/** Everything the database needs before the app serves: schema, reference data, bootstrap. */
export async function prepareDatabase(db: Kysely<Database>, config: Config, logger: Logger): Promise<void> {
  const applied = await migrateToLatest(db);
  if (applied.length > 0) logger.info(`Applied migrations: ${applied.join(', ')}`);
  await seedReferenceData(db);
  const bank = await seedQuestionBank(db);
  logger.info(`Question bank ${bank.version}: ${bank.outcome === 'frozen' ? 'in use by a round, left unchanged' : 'up to date'}`);
  if (await ensureBootstrapAdmin(db, config)) logger.info(`Created administrator ${config.admin!.email}`);
  if (config.seedDemo && (await seedDemoRound(db))) logger.info('Created the open demo survey round 2026');
  if (config.seedDemo) await seedDemoData(db, logger);
}
