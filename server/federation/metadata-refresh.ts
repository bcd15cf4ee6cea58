import { sql } from 'kysely';
import { recordAudit } from '#server/audit/repository';
import type { Db } from '#server/db/sql';
import { MetadataInvalid, parseIdpMetadata, type IdpMetadata } from './saml-metadata';

/** Reads an IdP's metadata from its address: bounded in time, only a success status counts. */
export async function fetchMetadata(url: string): Promise<string> {
  const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.text();
}

type Due = {
  id: number;
  saml_metadata_url: string;
  saml_idp_entity_id: string | null;
  saml_sso_url: string | null;
  saml_slo_url: string | null;
  saml_idp_certificates: string[] | null;
};

export type RefreshOutcome = { providerId: number; changed: string[] } | { providerId: number; error: string };

type Options = {
  /** How old the last attempt must be for a provider to be read again. */
  intervalMs: number;
  fetch?: (url: string) => Promise<string>;
  log: { warn: (details: object, message: string) => void };
};

/**
 * Claims the next SAML provider whose metadata is due (read from an address, last attempted before the cutoff) by
 * stamping the attempt: another instance running the same schedule skips it, and this run does not take it twice.
 */
async function claimDue(db: Db, cutoff: Date): Promise<Due | undefined> {
  const { rows } = await sql<Due>`
    update identity_provider set saml_metadata_attempted_at = now()
    where id = (
      select id from identity_provider
      where kind = 'saml' and saml_metadata_url is not null
        and (saml_metadata_attempted_at is null or saml_metadata_attempted_at < ${cutoff})
      order by saml_metadata_attempted_at nulls first, id
      limit 1
      for update skip locked)
    returning id, saml_metadata_url, saml_idp_entity_id, saml_sso_url, saml_slo_url, saml_idp_certificates`.execute(db);
  return rows[0];
}

/** Which of the settings the metadata gives differ from the stored ones. */
function changes(stored: Due, read: IdpMetadata): string[] {
  const same = (a: readonly string[] | null, b: readonly string[]) => JSON.stringify([...(a ?? [])].sort()) === JSON.stringify([...b].sort());
  return [
    ...(stored.saml_sso_url === read.ssoUrl ? [] : ['ssoUrl']),
    ...(stored.saml_slo_url === read.sloUrl ? [] : ['sloUrl']),
    ...(same(stored.saml_idp_certificates, read.certificates) ? [] : ['certificates']),
  ];
}

/**
 * Reads the metadata of every SAML provider that is due again, one at a time, and stores what changed: an IdP that
 * rolls its signing certificate over publishes the new one beside the old before it signs with it, and logins keep
 * working without an administrator. A change is audit-logged (what changed, never the certificates). A failure
 * (unreachable, not well-formed, the entity gone) keeps the settings that work and is stored for the provider's card.
 */
export async function refreshDueMetadata(db: Db, options: Options): Promise<RefreshOutcome[]> {
  const read = options.fetch ?? fetchMetadata;
  const outcomes: RefreshOutcome[] = [];
  // The database's clock, once: the stamps below are the database's, and later than this.
  const { rows } = await sql<{ cutoff: Date }>`select now() - make_interval(secs => ${options.intervalMs / 1000}) as cutoff`.execute(db);
  const cutoff = rows[0]!.cutoff;
  for (let due = await claimDue(db, cutoff); due; due = await claimDue(db, cutoff)) {
    try {
      const metadata = parseIdpMetadata(await read(due.saml_metadata_url), due.saml_idp_entity_id ?? undefined);
      const changed = changes(due, metadata);
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable('identity_provider')
          .set({
            saml_sso_url: metadata.ssoUrl,
            saml_slo_url: metadata.sloUrl,
            saml_idp_certificates: metadata.certificates,
            saml_metadata_read_at: sql`now()`,
            saml_metadata_error: null,
            ...(changed.length > 0 ? { updated_at: sql`clock_timestamp()` } : {}),
          })
          .where('id', '=', due.id)
          .execute();
        if (changed.length > 0) {
          await recordAudit(trx, {
            actorUserId: null,
            action: 'identity_provider.metadata_refreshed',
            ip: null,
            details: { providerId: due.id, changed, certificateCount: metadata.certificates.length },
          });
        }
      });
      outcomes.push({ providerId: due.id, changed });
    } catch (error) {
      const message = error instanceof MetadataInvalid ? error.message : `The metadata could not be read: ${(error as Error).message}`;
      await db.updateTable('identity_provider').set({ saml_metadata_error: message }).where('id', '=', due.id).execute();
      options.log.warn({ providerId: due.id, err: error }, 'SAML metadata not refreshed; the stored settings stay');
      outcomes.push({ providerId: due.id, error: message });
    }
  }
  return outcomes;
}
