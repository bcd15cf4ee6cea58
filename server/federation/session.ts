import type { Kysely } from 'kysely';
import type { Database } from '#server/db/schema';
import { createSession } from '#server/auth/sessions';
import { hashToken } from '#server/auth/tokens';

/** How the person authenticated at the provider, as it asserted it; `mfa` applies the provider's "counts as MFA" setting. */
export type FederatedAssurance = { amr: string[]; acr: string | null; mfa: boolean };

/** What single logout needs later. */
export type LogoutHandle = { idToken?: string; samlNameId?: string; samlNameIdFormat?: string; samlSessionIndex?: string };

/**
 * THE place where a federated login becomes a session (issue 19's MFA part
 * hooks in here): every OIDC and SAML login calls this, and only this, after
 * the account is resolved. `assurance.mfa` says whether the provider's
 * amr/acr counts as multi-factor under the provider's setting: such a session
 * is complete (stored as `mfa_asserted`, which the session's MFA state reads,
 * server/mfa/state.ts); otherwise `mfaPending` comes from firstFactorSession()
 * as for a password (docs/decisions/0024).
 */
export async function createFederatedSession(
  db: Kysely<Database>,
  login: {
    userId: number;
    providerId: number;
    subject: string;
    assurance: FederatedAssurance;
    logout: LogoutHandle;
    client: { userAgent: string | null; ip: string | null };
  },
  mfaPending: boolean,
): Promise<string> {
  return db.transaction().execute(async (trx) => {
    const token = await createSession(trx, login.userId, login.client, { mfaPending });
    await trx
      .insertInto('federated_session')
      .values({
        session_id_hash: hashToken(token),
        provider_id: login.providerId,
        subject: login.subject,
        amr: login.assurance.amr,
        acr: login.assurance.acr,
        mfa_asserted: login.assurance.mfa,
        id_token: login.logout.idToken ?? null,
        saml_name_id: login.logout.samlNameId ?? null,
        saml_name_id_format: login.logout.samlNameIdFormat ?? null,
        saml_session_index: login.logout.samlSessionIndex ?? null,
      })
      .execute();
    return token;
  });
}

/** The federated part of a session (for single logout), by its cookie token. */
export const findFederatedSession = (db: Kysely<Database>, token: string) =>
  db.selectFrom('federated_session').selectAll().where('session_id_hash', '=', hashToken(token)).executeTakeFirst();

/** Whether an asserted amr/acr means multi-factor: RFC 8176 `mfa`, or more than one method, or an acr the provider says is MFA. */
export function assertsMfa(amr: string[], acr: string | null): boolean {
  if (amr.includes('mfa') || new Set(amr).size > 1) return true;
  if (!acr) return false;
  // SAML's REFEDS MFA profile and Entra's/ Swedish eID's multi-factor context classes.
  return (
    acr === 'https://refeds.org/profile/mfa' ||
    acr === 'http://schemas.microsoft.com/claims/multipleauthn' ||
    acr.startsWith('http://id.elegnamnden.se/loa/1.0/loa3') ||
    acr.startsWith('http://id.elegnamnden.se/loa/1.0/loa4')
  );
}
