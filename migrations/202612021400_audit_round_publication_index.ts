import { sql, type Kysely } from 'kysely';

/**
 * Open data (docs/decisions/0023) dates a published round's files by the
 * audit entries that published it and that imported responses into it
 * (Last-Modified, dct:issued, dct:modified): this partial index finds them
 * without reading the whole audit log, which grows by one row per autosave.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index audit_log_round_publication_idx on audit_log (round_id, at) where action in ('round.state_change', 'responses.imported')`.execute(
    db,
  );
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index audit_log_round_publication_idx`.execute(db);
}
