import { sql } from 'kysely';
import type { Db } from '#server/db/sql';

/** Identity providers and the e-mail domains each serves (one provider per domain). */

const providerColumns = [
  'identity_provider.id',
  'identity_provider.kind',
  'identity_provider.name',
  'identity_provider.enabled',
  'identity_provider.mfa_from_idp',
  'identity_provider.oidc_issuer',
  'identity_provider.oidc_client_id',
  'identity_provider.oidc_client_secret_encrypted',
  'identity_provider.saml_idp_entity_id',
  'identity_provider.saml_sso_url',
  'identity_provider.saml_slo_url',
  'identity_provider.saml_idp_certificates',
  'identity_provider.saml_metadata_url',
  'identity_provider.saml_metadata_read_at',
  'identity_provider.saml_metadata_error',
  'identity_provider.updated_at',
] as const;

function selectProviders(db: Db) {
  return db
    .selectFrom('identity_provider')
    .select(providerColumns)
    .select(
      sql<
        string[]
      >`coalesce((select array_agg(d.domain order by d.domain) from identity_provider_domain d where d.provider_id = identity_provider.id), '{}')`.as(
        'domains',
      ),
    );
}

export type ProviderRow = Awaited<ReturnType<typeof findProvider>> & {};

export const listProviders = (db: Db) => selectProviders(db).orderBy('identity_provider.name').orderBy('identity_provider.id').execute();

export const findProvider = (db: Db, id: number) => selectProviders(db).where('identity_provider.id', '=', id).executeTakeFirst();

/** The enabled provider that serves an e-mail domain, if any: routing is by the address's domain alone. */
export const providerForDomain = (db: Db, domain: string) =>
  selectProviders(db)
    .innerJoin('identity_provider_domain as served', 'served.provider_id', 'identity_provider.id')
    .where('served.domain', '=', domain)
    .where('identity_provider.enabled', '=', true)
    .executeTakeFirst();

/** The domain of an e-mail address, lower-case; undefined for something that is not one. */
export function domainOf(email: string): string | undefined {
  const at = email.lastIndexOf('@');
  if (at < 1 || at === email.length - 1) return undefined;
  return email.slice(at + 1).toLowerCase();
}

/** Domains already served by another provider than `exceptId`. */
export async function domainsTaken(db: Db, domains: string[], exceptId?: number) {
  if (domains.length === 0) return [];
  const rows = await db
    .selectFrom('identity_provider_domain')
    .select('domain')
    .where('domain', 'in', domains)
    .$if(exceptId !== undefined, (q) => q.where('provider_id', '!=', exceptId!))
    .execute();
  return rows.map((row) => row.domain);
}

export async function replaceDomains(db: Db, providerId: number, domains: string[]) {
  await db.deleteFrom('identity_provider_domain').where('provider_id', '=', providerId).execute();
  if (domains.length > 0) {
    await db
      .insertInto('identity_provider_domain')
      .values(domains.map((domain) => ({ domain, provider_id: providerId })))
      .execute();
  }
}
