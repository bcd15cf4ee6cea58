import { sql } from 'kysely';
import type { FederationRefusal } from '#shared/api/federation';
import type { Db } from '#server/db/sql';
import { findUserByEmail, findUserById } from '#server/users/repository';
import type { ProviderRow } from './providers';
import { domainOf } from './providers';

/** What an identity provider asserted about the person, after the library checked signature, audience, nonce/InResponseTo. */
export type AssertedIdentity = {
  /** OIDC `sub`; SAML NameID (persistent) or the e-mail when NameID is transient. */
  subject: string;
  email: string | undefined;
  /** OIDC: `email_verified` (or Entra's `xms_edov`) true; SAML: an address from a provider serving its domain. */
  emailVerified: boolean;
  amr: string[];
  acr: string | null;
};

export type AccountOutcome = { ok: true; userId: number; linked: boolean } | { ok: false; refusal: FederationRefusal; userId?: number };

/**
 * Which Mognad account an asserted identity signs in (docs/decisions/0025),
 * or why none:
 * - a subject linked before signs in its account, as long as that account's
 *   address is of a domain this provider serves and of the domain typed;
 * - otherwise the verified e-mail address must be of the typed domain, which
 *   the provider serves, and name an existing account that has no other
 *   identity at this provider: then the subject is linked to it. Never a
 *   silent takeover: an unverified address, another domain or a second
 *   subject for a linked account is refused.
 * Accounts are never created here: roles come from invitations.
 */
export async function resolveAccount(db: Db, provider: ProviderRow, typedDomain: string, identity: AssertedIdentity): Promise<AccountOutcome> {
  const serves = (email: string) => {
    const domain = domainOf(email);
    return domain !== undefined && domain === typedDomain && provider.domains.includes(domain);
  };

  const link = await db
    .selectFrom('federated_identity')
    .select(['id', 'user_id'])
    .where('provider_id', '=', provider.id)
    .where('subject', '=', identity.subject)
    .executeTakeFirst();
  if (link) {
    const user = await findUserById(db, link.user_id);
    if (!user || !serves(user.email)) return { ok: false, refusal: 'wrong_domain', userId: user?.id };
    if (user.disabled_at) return { ok: false, refusal: 'account_disabled', userId: user.id };
    await db
      .updateTable('federated_identity')
      .set({ last_login_at: sql`now()` })
      .where('id', '=', link.id)
      .execute();
    return { ok: true, userId: user.id, linked: false };
  }

  if (!identity.email) return { ok: false, refusal: 'email_unverified' };
  const email = identity.email.toLowerCase();
  if (!serves(email)) return { ok: false, refusal: 'wrong_domain' };
  if (!identity.emailVerified) return { ok: false, refusal: 'email_unverified' };
  const user = await findUserByEmail(db, email);
  if (!user) return { ok: false, refusal: 'no_account' };
  if (user.disabled_at) return { ok: false, refusal: 'account_disabled', userId: user.id };
  const inserted = await db
    .insertInto('federated_identity')
    .values({ provider_id: provider.id, subject: identity.subject, user_id: user.id })
    // The account has another identity at this provider already: a changed subject is not taken on trust.
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!inserted) return { ok: false, refusal: 'identity_conflict', userId: user.id };
  return { ok: true, userId: user.id, linked: true };
}
