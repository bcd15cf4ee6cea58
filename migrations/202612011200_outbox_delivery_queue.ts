import { sql, type Kysely } from 'kysely';

/**
 * Delivery from the outbox through a durable job queue (pg-boss, schema
 * `pgboss`, installed by the app when SMTP is configured). The outbox row
 * stays the truth: it names its current job (`job_id`, so enqueuing it twice
 * makes one job), counts its attempts, holds a claim while a worker talks to
 * SMTP (`sending_at`), when the next try is due, and when it was given up
 * (dead letter). See docs/decisions/0009.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('outbox_message')
    .addColumn('job_id', 'uuid', (col) => col.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('attempts', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('sending_at', 'timestamptz')
    .addColumn('next_attempt_at', 'timestamptz')
    .addColumn('failed_at', 'timestamptz')
    .execute();

  // What the sweep reads: messages still waiting for delivery.
  await db.schema
    .createIndex('outbox_message_waiting_idx')
    .on('outbox_message')
    .column('created_at')
    .where(sql.ref('sent_at'), 'is', null)
    .where(sql.ref('cancelled_at'), 'is', null)
    .where(sql.ref('failed_at'), 'is', null)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('outbox_message_waiting_idx').execute();
  await db.schema
    .alterTable('outbox_message')
    .dropColumn('failed_at')
    .dropColumn('next_attempt_at')
    .dropColumn('sending_at')
    .dropColumn('attempts')
    .dropColumn('job_id')
    .execute();
}
