import { type Kysely } from 'kysely';

/**
 * SAML metadata read again from its address on a schedule (docs/federated-sign-in.md): when it was last read and,
 * if the last attempt failed, why. The settings read from it stay in the existing columns; a failure keeps them.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('identity_provider')
    .addColumn('saml_metadata_read_at', 'timestamptz')
    .addColumn('saml_metadata_attempted_at', 'timestamptz')
    .addColumn('saml_metadata_error', 'text')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('identity_provider')
    .dropColumn('saml_metadata_read_at')
    .dropColumn('saml_metadata_attempted_at')
    .dropColumn('saml_metadata_error')
    .execute();
}
