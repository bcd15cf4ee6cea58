import { sql, type Kysely } from 'kysely';
import type { EmbeddedDatabase } from './embedded';
import type { Database } from './schema';

type Logger = { info: (msg: string) => void; warn: (msg: string) => void; error: (msg: string) => void };

/** Pauses before each restart attempt: the dead postmaster's backends must let go of shared memory first. */
const RESTART_PAUSES_MS = [200, 1000, 3000, 5000];
/** More deaths than this within CRASH_WINDOW_MS is a crash loop: leave it to the process supervisor. */
const MAX_DEATHS = 3;
const CRASH_WINDOW_MS = 10 * 60_000;

/**
 * Watches the embedded PostgreSQL (docs/decisions/0012). When the postmaster
 * dies, it is started again — PostgreSQL's own crash recovery brings the data
 * back to its last commit — and the pool reconnects by itself. When it cannot
 * be started again within `restartDeadlineMs` (EMBEDDED_DB_RESTART_DEADLINE_S, 20 s by default), or keeps dying, `giveUp` is
 * called so the process exits non-zero and its supervisor restarts it.
 */
export function superviseEmbeddedDatabase(
  embedded: EmbeddedDatabase,
  logger: Logger,
  giveUp: (reason: string) => void,
  restartDeadlineMs: number,
): () => void {
  const deaths: number[] = [];
  let supervising = true;
  embedded.onUnexpectedExit(({ code, signal }) => {
    if (!supervising) return;
    const diedAt = Date.now();
    deaths.push(diedAt);
    while (deaths[0]! < diedAt - CRASH_WINDOW_MS) deaths.shift();
    const how = signal ? `killed by ${signal}` : `exited with code ${code}`;
    if (deaths.length > MAX_DEATHS) {
      giveUp(`Embedded PostgreSQL ${how}, its ${deaths.length}th death in ${CRASH_WINDOW_MS / 60_000} minutes`);
      return;
    }
    logger.error(`Embedded PostgreSQL ${how}; starting it again`);
    void restart(embedded, diedAt + restartDeadlineMs, logger, () => supervising).then((restarted) => {
      if (!supervising) return;
      if (restarted) logger.warn(`Embedded PostgreSQL is running again after ${Date.now() - diedAt} ms`);
      else giveUp(`Embedded PostgreSQL ${how} and could not be started again within ${restartDeadlineMs / 1000} s`);
    });
  });
  // Shutting down: a death from now on is not ours to repair.
  return () => {
    supervising = false;
  };
}

async function restart(embedded: EmbeddedDatabase, deadline: number, logger: Logger, supervising: () => boolean): Promise<boolean> {
  for (let attempt = 0; ; attempt++) {
    const pause = RESTART_PAUSES_MS[Math.min(attempt, RESTART_PAUSES_MS.length - 1)]!;
    if (Date.now() + pause >= deadline) return false;
    await sleep(pause);
    if (!supervising()) return false;
    const remaining = deadline - Date.now();
    try {
      if (await withinMs(embedded.restart(), remaining)) return true;
      return false;
    } catch (error) {
      logger.warn(`Restart attempt ${attempt + 1} failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    }
  }
}

/**
 * With DB_UNREACHABLE_EXIT_S set, probes the database every few seconds and
 * calls `giveUp` once it has not answered for that long. Returns a function
 * that stops probing.
 */
export function exitWhenUnreachable(db: Kysely<Database>, limitS: number, giveUp: (reason: string) => void): () => void {
  if (limitS <= 0) return () => undefined;
  let lastAnswer = Date.now();
  let probing = false;
  const probe = async () => {
    if (probing) return;
    probing = true;
    try {
      await sql`select 1`.execute(db);
      lastAnswer = Date.now();
    } catch {
      if (Date.now() - lastAnswer >= limitS * 1000) giveUp(`The database has not answered for ${limitS} s (DB_UNREACHABLE_EXIT_S)`);
    } finally {
      probing = false;
    }
  };
  const timer = setInterval(() => void probe(), Math.min(5000, Math.max(1000, (limitS * 1000) / 3)));
  timer.unref();
  return () => clearInterval(timer);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** True when `work` settles in time; its rejection is passed on. */
async function withinMs(work: Promise<void>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  try {
    return await Promise.race([work.then(() => true as const), timedOut]);
  } finally {
    clearTimeout(timer);
  }
}
