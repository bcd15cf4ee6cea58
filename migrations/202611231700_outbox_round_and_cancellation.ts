import { sql, type Kysely } from 'kysely';

/**
 * Round mails (invitations and reminders) name their round, so withdrawing
 * an invitation can cancel the organisation's unsent mails about it, and the
 * "recently mailed" rule of resends and reminders reads the mails themselves.
 * A cancelled message is never delivered.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('outbox_message')
    .addColumn('round_id', 'integer', (col) => col.references('round.id').onDelete('set null'))
    .addColumn('cancelled_at', 'timestamptz')
    .execute();

  // Existing round mails: a reminder is linked from its delivery row; an
  // invitation mail was written in the transaction that issued its
  // registration link, so both carry that transaction's now().
  await sql`
    update outbox_message m set round_id = d.round_id
    from reminder_delivery d
    where d.outbox_message_id = m.id and m.kind = 'round_reminder'
  `.execute(db);
  await sql`
    update outbox_message m set round_id = t.round_id
    from registration_token t
    where m.kind = 'round_invitation' and t.organisation_id = m.organisation_id and t.created_at = m.created_at
  `.execute(db);

  await db.schema
    .createIndex('outbox_message_round_organisation_idx')
    .on('outbox_message')
    .columns(['round_id', 'organisation_id', 'created_at'])
    .where(sql.ref('round_id'), 'is not', null)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('outbox_message_round_organisation_idx').execute();
  await db.schema.alterTable('outbox_message').dropColumn('cancelled_at').dropColumn('round_id').execute();
}
