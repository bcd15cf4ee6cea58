import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '#web/app/paths';
import { useSession, type SessionUser } from '#web/auth/session';
import { usePageTitle } from '#web/components/usePageTitle';
import { ChangePasswordSection } from './ChangePasswordSection';
import { InviteColleagueSection, type OwnOrganisation } from './InviteColleagueSection';
import { ApiTokensSection } from '#web/pages/mfa/ApiTokensSection';
import { MfaSection } from '#web/pages/mfa/MfaSection';
import { SessionsSection } from './SessionsSection';
import './account.css';

/** "Mitt konto": who you are and your roles, change password, log out elsewhere, and (respondents) invite a colleague. */
export default function AccountPage() {
  const { t } = useTranslation('account');
  usePageTitle(t('title'));
  // The route sits behind RequireSession, so there is a user.
  const user = useSession().user!;
  const ownOrganisations = respondentOrganisations(user);

  return (
    <div className="page page--narrow">
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <ProfileSection user={user} />
      {user.roles.some((held) => held.organisationId !== null) && (
        <p>
          <Link to={paths.organisation}>{t('organisationLink')}</Link>
        </p>
      )}
      <ChangePasswordSection />
      <SessionsSection />
      <MfaSection />
      <ApiTokensSection />
      {ownOrganisations.length > 0 && <InviteColleagueSection organisations={ownOrganisations} />}
    </div>
  );
}

function ProfileSection({ user }: { user: SessionUser }) {
  const { t } = useTranslation('account');
  const { t: tCommon } = useTranslation();
  return (
    <section className="account-section" aria-labelledby="profile-heading">
      <h2 id="profile-heading">{t('profile.heading')}</h2>
      <dl className="account-details">
        <dt>{t('profile.name')}</dt>
        <dd>{user.name || '–'}</dd>
        <dt>{t('profile.email')}</dt>
        <dd>{user.email}</dd>
        <dt>{t('profile.roles')}</dt>
        <dd>
          {user.roles.length === 0 ? (
            t('profile.noRoles')
          ) : (
            <ul className="account-roles" data-testid="account-roles">
              {user.roles.map((held) => (
                <li key={`${held.role}-${held.organisationId ?? 'national'}`}>
                  {held.organisationName
                    ? t('profile.roleInOrganisation', { role: tCommon(`roles.${held.role}`), organisation: held.organisationName })
                    : tCommon(`roles.${held.role}`)}
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
    </section>
  );
}

/** The organisations the user may invite colleagues to: those where they are respondent. */
function respondentOrganisations(user: SessionUser): OwnOrganisation[] {
  const byId = new Map<number, string>();
  for (const held of user.roles) {
    if (held.role === 'respondent' && held.organisationId !== null)
      byId.set(held.organisationId, held.organisationName ?? String(held.organisationId));
  }
  return [...byId].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'sv'));
}
