import { sql, type Kysely } from 'kysely';

/**
 * Federated sign-in (docs/decisions/0025): identity providers an
 * administrator configures (OpenID Connect or SAML 2.0, the e-mail domains
 * each serves), the identities linked to accounts (provider + stable
 * subject), logins under way (the state of one redirect to a provider, used
 * once) and what a federated session needs for single logout.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('identity_provider')
    .addColumn('id', 'integer', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('kind', 'text', (col) => col.notNull().check(sql`kind in ('oidc', 'saml')`))
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('enabled', 'boolean', (col) => col.notNull().defaultTo(true))
    .addColumn('mfa_from_idp', 'boolean', (col) => col.notNull().defaultTo(false))
    // OpenID Connect: the issuer (its discovery document under /.well-known/openid-configuration), the client.
    .addColumn('oidc_issuer', 'text')
    .addColumn('oidc_client_id', 'text')
    // AES-256-GCM of the client secret under FEDERATION_SECRET_KEY: iv.tag.ciphertext, base64url. Never returned by the API.
    .addColumn('oidc_client_secret_encrypted', 'text')
    // SAML 2.0: the IdP's entity id, single sign-on and (optional) single logout URLs, signing certificates (PEM bodies).
    .addColumn('saml_idp_entity_id', 'text')
    .addColumn('saml_sso_url', 'text')
    .addColumn('saml_slo_url', 'text')
    .addColumn('saml_idp_certificates', sql`text[]`)
    .addColumn('saml_metadata_url', 'text')
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addCheckConstraint(
      'identity_provider_kind_fields',
      sql`(kind = 'oidc' and oidc_issuer is not null and oidc_client_id is not null)
        or (kind = 'saml' and saml_sso_url is not null and saml_idp_certificates is not null)`,
    )
    .execute();

  // One provider per domain: routing by the address's domain must have one answer.
  await db.schema
    .createTable('identity_provider_domain')
    .addColumn('domain', 'text', (col) => col.primaryKey())
    .addColumn('provider_id', 'integer', (col) => col.notNull().references('identity_provider.id').onDelete('cascade'))
    .execute();
  await db.schema.createIndex('identity_provider_domain_provider_idx').on('identity_provider_domain').column('provider_id').execute();

  await db.schema
    .createTable('federated_identity')
    .addColumn('id', 'integer', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('provider_id', 'integer', (col) => col.notNull().references('identity_provider.id').onDelete('cascade'))
    .addColumn('subject', 'text', (col) => col.notNull())
    .addColumn('user_id', 'integer', (col) => col.notNull().references('app_user.id').onDelete('cascade'))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('last_login_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('federated_identity_subject_key', ['provider_id', 'subject'])
    // One identity per provider and account: a second subject for the same account is a takeover attempt, not a link.
    .addUniqueConstraint('federated_identity_user_key', ['provider_id', 'user_id'])
    .execute();

  await db.schema
    .createTable('federated_login')
    .addColumn('key_hash', 'text', (col) => col.primaryKey())
    .addColumn('provider_id', 'integer', (col) => col.notNull().references('identity_provider.id').onDelete('cascade'))
    .addColumn('domain', 'text', (col) => col.notNull())
    .addColumn('return_to', 'text', (col) => col.notNull())
    // OIDC: PKCE verifier, nonce and the hash of the browser's binding cookie; SAML: none (InResponseTo binds).
    .addColumn('code_verifier', 'text')
    .addColumn('nonce', 'text')
    .addColumn('browser_hash', 'text')
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('expires_at', 'timestamptz', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('federated_session')
    .addColumn('session_id_hash', 'text', (col) => col.primaryKey().references('session.id_hash').onDelete('cascade'))
    .addColumn('provider_id', 'integer', (col) => col.notNull().references('identity_provider.id').onDelete('cascade'))
    .addColumn('subject', 'text', (col) => col.notNull())
    // What the provider said about how the person authenticated (OIDC amr/acr, SAML AuthnContextClassRef).
    .addColumn('amr', sql`text[]`, (col) => col.notNull().defaultTo(sql`'{}'`))
    .addColumn('acr', 'text')
    .addColumn('mfa_asserted', 'boolean', (col) => col.notNull())
    // For single logout: OIDC id_token_hint; SAML NameID, its format and SessionIndex.
    .addColumn('id_token', 'text')
    .addColumn('saml_name_id', 'text')
    .addColumn('saml_name_id_format', 'text')
    .addColumn('saml_session_index', 'text')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('federated_session').execute();
  await db.schema.dropTable('federated_login').execute();
  await db.schema.dropTable('federated_identity').execute();
  await db.schema.dropTable('identity_provider_domain').execute();
  await db.schema.dropTable('identity_provider').execute();
}
