import { sql } from 'kysely';
import type { IdentityProvider, IdentityProviderBody } from '#shared/api/federation';
import type { Actor } from '#server/audit/actor';
import { recordAudit } from '#server/audit/repository';
import type { Db } from '#server/db/sql';
import { HttpError, conflict, notFound, validationFailed } from '#server/errors';
import { certificateBody, MetadataInvalid, parseIdpMetadata } from '#server/federation/saml-metadata';
import { domainsTaken, findProvider, replaceDomains, type ProviderRow } from '#server/federation/providers';
import { encryptSecret, secretContext } from '#server/federation/secrets';
import { samlAcsUrl, samlSpEntityId, samlSpMetadataUrl } from '#server/federation/urls';

/** A provider as the API shows it: never the client secret, only whether one is stored. */
export function toView(row: ProviderRow, server: { publicUrl: string; requestsSigned: boolean; metadataRefreshHours: number }): IdentityProvider {
  const { publicUrl, requestsSigned, metadataRefreshHours } = server;
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    domains: row.domains,
    enabled: row.enabled,
    mfaFromIdp: row.mfa_from_idp,
    oidc:
      row.kind === 'oidc'
        ? { issuer: row.oidc_issuer ?? '', clientId: row.oidc_client_id ?? '', clientSecretSet: row.oidc_client_secret_encrypted !== null }
        : null,
    saml:
      row.kind === 'saml'
        ? {
            entityId: row.saml_idp_entity_id,
            ssoUrl: row.saml_sso_url ?? '',
            sloUrl: row.saml_slo_url,
            metadataUrl: row.saml_metadata_url,
            certificateCount: row.saml_idp_certificates?.length ?? 0,
            spEntityId: samlSpEntityId(publicUrl, row.id),
            acsUrl: samlAcsUrl(publicUrl, row.id),
            spMetadataUrl: samlSpMetadataUrl(publicUrl, row.id),
            requestsSigned,
            metadataReadAt: row.saml_metadata_read_at?.toISOString() ?? null,
            metadataError: row.saml_metadata_error,
            metadataRefreshHours,
          }
        : null,
    updatedAt: row.updated_at.toISOString(),
  };
}

type SamlFields = {
  saml_idp_entity_id: string | null;
  saml_sso_url: string;
  saml_slo_url: string | null;
  saml_idp_certificates: string[];
  saml_metadata_url: string | null;
  /** Read from the address now; the schedule reads it again from then on (server/federation/metadata-refresh.ts). */
  saml_metadata_read_at: Date | null;
  saml_metadata_attempted_at: Date | null;
  saml_metadata_error: null;
};

/** What the server holds that some providers need: the key for client secrets, and whether SAML requests can be signed. */
export type FederationKeys = { secretKey: Buffer | undefined; samlSigning: boolean };

/**
 * The SAML settings from metadata (pasted or fetched now) or from the fields given; metadata wins where it says something.
 * An IdP whose metadata asks for signed requests is refused while this server has no key to sign them with.
 */
async function samlFields(
  body: NonNullable<IdentityProviderBody['saml']>,
  existing: ProviderRow | undefined,
  keys: FederationKeys,
): Promise<SamlFields> {
  let xml = body.metadataXml?.trim() || undefined;
  if (!xml && body.metadataUrl) {
    try {
      const response = await fetch(body.metadataUrl, { signal: AbortSignal.timeout(10_000) });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      xml = await response.text();
    } catch (error) {
      throw new HttpError(400, 'idp_metadata_invalid', `The metadata could not be fetched from ${body.metadataUrl}: ${(error as Error).message}`);
    }
  }
  if (xml) {
    try {
      const metadata = parseIdpMetadata(xml, body.entityId);
      if (metadata.wantsSignedRequests && !keys.samlSigning) {
        throw new HttpError(
          409,
          'saml_signing_key_missing',
          'The identity provider wants signed requests (WantAuthnRequestsSigned), and SAML_SP_KEY_FILE and SAML_SP_CERTIFICATE_FILE are not set.',
        );
      }
      return {
        saml_idp_entity_id: metadata.entityId,
        saml_sso_url: metadata.ssoUrl,
        saml_slo_url: metadata.sloUrl,
        saml_idp_certificates: metadata.certificates,
        saml_metadata_url: body.metadataUrl ?? null,
        ...readNow(body.metadataUrl !== undefined),
      };
    } catch (error) {
      if (error instanceof MetadataInvalid) throw new HttpError(400, 'idp_metadata_invalid', error.message);
      throw error;
    }
  }
  const ssoUrl = body.ssoUrl ?? existing?.saml_sso_url;
  const certificates = body.certificate ? [certificateBody(body.certificate)] : existing?.saml_idp_certificates;
  if (!ssoUrl) throw validationFailed('body.saml.ssoUrl', 'required', 'Give the IdP’s metadata, or its single sign-on URL and certificate.');
  if (!certificates?.length) throw validationFailed('body.saml.certificate', 'required', 'Give the IdP’s metadata, or its signing certificate.');
  return {
    saml_idp_entity_id: body.entityId ?? existing?.saml_idp_entity_id ?? null,
    saml_sso_url: ssoUrl,
    saml_slo_url: body.sloUrl ?? null,
    saml_idp_certificates: certificates,
    saml_metadata_url: null,
    ...readNow(false),
  };
}

const readNow = (fromAddress: boolean) => {
  const now = fromAddress ? new Date() : null;
  return { saml_metadata_read_at: now, saml_metadata_attempted_at: now, saml_metadata_error: null };
};

/**
 * Creates (`id` undefined) or replaces a provider's settings, its domains
 * (each served by one provider only) and, when given, its client secret
 * (encrypted; omitted keeps the stored one). Audited without any secret.
 */
export async function saveProvider(db: Db, keys: FederationKeys, actor: Actor, body: IdentityProviderBody, id?: number) {
  const existing = id === undefined ? undefined : await findProvider(db, id);
  if (id !== undefined && !existing) throw notFound('identity_provider', 'No identity provider with this id.');
  if (existing && existing.kind !== body.kind)
    throw validationFailed('body.kind', 'invalid_value', 'A provider’s kind cannot change: add a new provider.');
  const domains = [...new Set(body.domains)];
  const taken = await domainsTaken(db, domains, id);
  if (taken.length > 0)
    throw conflict('domain_served_elsewhere', `Already served by another identity provider: ${taken.join(', ')}.`, { domains: taken });

  let values;
  if (body.kind === 'oidc') {
    if (!body.oidc) throw validationFailed('body.oidc', 'required', 'An OpenID Connect provider needs its issuer and client id.');
    if (body.oidc.clientSecret !== undefined && !keys.secretKey) {
      throw new HttpError(409, 'secret_key_missing', 'FEDERATION_SECRET_KEY is not set: the client secret cannot be stored.');
    }
    values = { oidc_issuer: body.oidc.issuer, oidc_client_id: body.oidc.clientId };
  } else {
    if (!body.saml) throw validationFailed('body.saml', 'required', 'A SAML provider needs its metadata, or its single sign-on URL and certificate.');
    values = await samlFields(body.saml, existing, keys);
  }
  const common = { name: body.name, enabled: body.enabled, mfa_from_idp: body.mfaFromIdp };

  return db.transaction().execute(async (trx) => {
    const row =
      existing === undefined
        ? await trx
            .insertInto('identity_provider')
            .values({ kind: body.kind, ...common, ...values })
            .returning('id')
            .executeTakeFirstOrThrow()
        : await trx
            .updateTable('identity_provider')
            .set({ ...common, ...values, updated_at: sql`clock_timestamp()` })
            .where('id', '=', existing.id)
            .returning('id')
            .executeTakeFirstOrThrow();
    const secret = body.kind === 'oidc' ? body.oidc?.clientSecret : undefined;
    if (secret !== undefined) {
      await trx
        .updateTable('identity_provider')
        .set({ oidc_client_secret_encrypted: encryptSecret(keys.secretKey, secret, secretContext(row.id)) })
        .where('id', '=', row.id)
        .execute();
    }
    await replaceDomains(trx, row.id, domains);
    await recordAudit(trx, {
      actorUserId: actor.id,
      action: existing ? 'identity_provider.updated' : 'identity_provider.created',
      ip: actor.ip,
      details: {
        providerId: row.id,
        kind: body.kind,
        name: body.name,
        domains,
        enabled: body.enabled,
        mfaFromIdp: body.mfaFromIdp,
        clientSecretChanged: secret !== undefined,
      },
    });
    return (await findProvider(trx, row.id))!;
  });
}

export async function deleteProvider(db: Db, actor: Actor, id: number) {
  await db.transaction().execute(async (trx) => {
    const deleted = await trx.deleteFrom('identity_provider').where('id', '=', id).returning(['id', 'name', 'kind']).executeTakeFirst();
    if (!deleted) throw notFound('identity_provider', 'No identity provider with this id.');
    await recordAudit(trx, {
      actorUserId: actor.id,
      action: 'identity_provider.deleted',
      ip: actor.ip,
      details: { providerId: id, name: deleted.name, kind: deleted.kind },
    });
  });
}
