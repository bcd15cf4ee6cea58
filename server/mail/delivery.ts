import type { FastifyBaseLogger } from 'fastify';
import { CompiledQuery, type Kysely, type Transaction } from 'kysely';
import PgBoss from 'pg-boss';
import type { Config } from '#server/config';
import type { Database } from '#server/db/schema';
import { claimForSending, isClaimedElsewhere, markAttemptFailed, markSent, resetForRetry, waitingJobs } from './repository';

/**
 * Delivery of outbox messages through a durable queue (docs/decisions/0010).
 * The outbox row is the truth; a pg-boss job only says "try this message
 * now", and its id is the row's job_id, so enqueuing a message any number of
 * times, from any instance, makes one job. Delivery is at least once: a
 * message goes out again only if the process or the database fails between
 * SMTP accepting it and the outbox recording that.
 */

export const MAIL_QUEUE = 'mail-delivery';
/** pg-boss fails an active job after this long (its worker died); SMTP's own timeouts end an attempt well before. */
export const ATTEMPT_EXPIRY_SECONDS = 300;
/** A claim older than this belongs to a worker that died or gave up: the message may be tried again. */
export const CLAIM_LEASE_SECONDS = ATTEMPT_EXPIRY_SECONDS;
/** The sweep re-enqueues messages written within this window; older waiting ones wait for an administrator. */
const SWEEP_WINDOW_MS = 24 * 60 * 60 * 1000;
const SWEEP_BATCH = 1000;
/** Messages handed to SMTP at once by each app instance. */
const WORKERS = 3;

export type SmtpSend = (message: { to: string; subject: string; text: string }) => Promise<unknown>;

type DeliveryOptions = {
  db: Kysely<Database>;
  /** Runs pg-boss's own statements (installing its schema, fetching, maintenance) on the app's pool. */
  execute: (text: string, values?: unknown[]) => Promise<{ rows: unknown[] }>;
  config: Config['mail'];
  send: SmtpSend;
  log: FastifyBaseLogger;
};

type MailJob = PgBoss.JobWithMetadata<{ messageId: number }>;

/** pg-boss statements inside a Kysely transaction, so a job's state and its outbox row change together. */
function within(trx: Transaction<Database>) {
  return {
    executeSql: async (text: string, values: unknown[] = []) => {
      const result = await trx.executeQuery(CompiledQuery.raw(text, values));
      return { rows: result.rows };
    },
  };
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

export class MailDelivery {
  private readonly boss: PgBoss;
  private readonly wakers = new Set<() => void>();
  private workers: Promise<void>[] = [];
  private sweepTimer: NodeJS.Timeout | undefined;
  private sweeping: Promise<void> | undefined;
  private stopping = false;

  constructor(private readonly options: DeliveryOptions) {
    this.boss = new PgBoss({
      db: { executeSql: (text, values) => options.execute(text, values) },
      // No cron schedules; maintenance expires jobs whose worker died and archives finished ones.
      schedule: false,
      supervise: true,
    });
    this.boss.on('error', (error: Error) => options.log.warn({ err: error }, 'mail queue error'));
  }

  /** Installs or checks pg-boss's schema and starts the workers and the sweep. */
  async start(): Promise<void> {
    await this.boss.start();
    await this.boss.createQueue(MAIL_QUEUE);
    this.workers = Array.from({ length: WORKERS }, () => this.work());
    this.sweepTimer = setInterval(() => void this.sweep(), this.options.config.sweepIntervalSeconds * 1000);
  }

  /** Lets an attempt under way finish (SMTP timeouts bound it), then stops; leaves the pool to its owner. */
  async stop(): Promise<void> {
    this.stopping = true;
    clearInterval(this.sweepTimer);
    this.wake();
    await Promise.all([...this.workers, this.sweeping]);
    await this.boss.stop({ graceful: false, close: false });
  }

  /** Enqueues the messages that still wait; never throws (the sweep makes up for a failure). */
  async enqueue(ids: number[]): Promise<void> {
    try {
      await this.insertJobs(await waitingJobs(this.options.db, { ids }));
      this.wake();
    } catch (error) {
      this.options.log.warn({ err: error, outboxIds: ids }, 'mail not enqueued; the sweep will');
    }
  }

  /**
   * An administrator's retry, inside the caller's transaction: a fresh job id
   * and attempt count on the row and the new job, committed together. False
   * if the message is sent, cancelled or being sent. Call wake() after commit.
   */
  async retry(trx: Transaction<Database>, id: number): Promise<boolean> {
    const row = await resetForRetry(trx, id, CLAIM_LEASE_SECONDS);
    if (!row) return false;
    await this.insertJobs([row], within(trx));
    return true;
  }

  /**
   * Enqueues every waiting message of the last day that has no live claim.
   * Makes up for enqueues lost after commit (a crash, a database hiccup) and
   * for jobs pg-boss dropped; jobs that exist are left alone (same id).
   */
  async sweep(): Promise<void> {
    if (this.sweeping || this.stopping) return;
    this.sweeping = (async () => {
      try {
        const since = new Date(Date.now() - SWEEP_WINDOW_MS);
        const rows = await waitingJobs(this.options.db, { since, leaseSeconds: CLAIM_LEASE_SECONDS, limit: SWEEP_BATCH });
        await this.insertJobs(rows);
        if (rows.length) this.wake();
      } catch (error) {
        this.options.log.warn({ err: error }, 'mail sweep failed');
      } finally {
        this.sweeping = undefined;
      }
    })();
    await this.sweeping;
  }

  private async insertJobs(rows: { id: number; job_id: string }[], db?: PgBoss.Db) {
    if (rows.length === 0) return;
    const { retryLimit, retryDelaySeconds } = this.options.config;
    await this.boss.insert(
      rows.map((row) => ({
        name: MAIL_QUEUE,
        id: row.job_id,
        data: { messageId: row.id },
        retryLimit,
        retryDelay: retryDelaySeconds,
        retryBackoff: true,
        expireInSeconds: ATTEMPT_EXPIRY_SECONDS,
      })),
      db ? { db } : {},
    );
  }

  /** Workers waiting for the next poll look now. */
  wake() {
    for (const waker of this.wakers) waker();
  }

  /** Waits for the polling interval, or less if a message is enqueued or the delivery stops. */
  private idle(): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wakers.delete(done);
        resolve();
      };
      const timer = setTimeout(done, this.options.config.pollIntervalSeconds * 1000);
      this.wakers.add(done);
    });
  }

  /** One worker: fetch a job (SKIP LOCKED: each job goes to one worker of one instance), attempt it, repeat. */
  private async work(): Promise<void> {
    while (!this.stopping) {
      let job: MailJob | undefined;
      try {
        [job] = await this.boss.fetch<{ messageId: number }>(MAIL_QUEUE, { batchSize: 1, includeMetadata: true });
        if (job) await this.attempt(job);
      } catch (error) {
        // The job stays active until it expires; pg-boss then retries it.
        this.options.log.warn({ err: error, jobId: job?.id }, 'mail delivery attempt failed to complete');
      }
      if (!job && !this.stopping) await this.idle();
    }
  }

  private async attempt(job: MailJob): Promise<void> {
    const { db, send, log } = this.options;
    const claim = { id: job.data.messageId, jobId: job.id, leaseSeconds: CLAIM_LEASE_SECONDS };
    const message = await claimForSending(db, claim);
    if (!message) {
      // Sent, cancelled, given up or superseded: nothing to do. Held by a live claim: try again later.
      if (await isClaimedElsewhere(db, claim)) await this.boss.fail(MAIL_QUEUE, job.id, { message: 'being sent by another worker' });
      else await this.boss.complete(MAIL_QUEUE, job.id);
      return;
    }
    try {
      await send({ to: message.to_address, subject: message.subject, text: message.body_text });
    } catch (error) {
      log.warn({ err: error, outboxId: claim.id, attempt: job.retryCount + 1 }, 'mail delivery failed');
      await this.recordFailure(job, errorText(error));
      return;
    }
    await db.transaction().execute(async (trx) => {
      await markSent(trx, claim.id);
      await this.boss.complete(MAIL_QUEUE, job.id, {}, { db: within(trx) });
    });
  }

  /** Fails the job (pg-boss schedules the retry, or gives up) and records on the row when the next try is, or that it was the last. */
  private async recordFailure(job: MailJob, error: string) {
    await this.options.db.transaction().execute(async (trx) => {
      const jobs = within(trx);
      await this.boss.fail(MAIL_QUEUE, job.id, { message: error }, { db: jobs });
      const after = await this.boss.getJobById<{ messageId: number }>(MAIL_QUEUE, job.id, { db: jobs, includeArchive: false });
      const nextAttemptAt = after?.state === 'retry' ? after.startAfter : null;
      await markAttemptFailed(trx, job.data.messageId, { error, nextAttemptAt });
    });
  }
}
