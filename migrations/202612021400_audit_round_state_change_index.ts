import { sql, type Kysely } from 'kysely';

/**
 * Open data (docs/decisions/0023) dates a published round's files by the
 * audit entry that published it (Last-Modified, dct:issued): this partial
 * index finds a round's state changes without reading the whole audit log,
 * which grows by one row per autosave.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index audit_log_round_state_change_idx on audit_log (round_id, at) where action = 'round.state_change'`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index audit_log_round_state_change_idx`.execute(db);
}
