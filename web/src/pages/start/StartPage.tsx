import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { navigationItems } from '#web/app/navigation';
import { paths } from '#web/app/paths';
import { hasAnyRole, useSession, type SessionUser } from '#web/auth/session';
import { LoadingMessage } from '#web/components/LoadingMessage';
import { usePageTitle } from '#web/components/usePageTitle';

export default function StartPage() {
  const { t } = useTranslation('start');
  usePageTitle(t('title'));
  const { user, isLoading } = useSession();
  if (isLoading) return <LoadingMessage />;
  return user ? <Welcome user={user} /> : <Introduction />;
}

function Welcome({ user }: { user: SessionUser }) {
  const { t } = useTranslation('start');
  const { t: tCommon } = useTranslation();
  const allowedItems = navigationItems.filter((item) => hasAnyRole(user, item.roles));
  return (
    <div className="page">
      <h1>{t('greeting', { name: user.name })}</h1>
      {allowedItems.length === 0 ? (
        <p>{t('noRoles')}</p>
      ) : (
        <>
          <h2>{t('whatYouCanDo')}</h2>
          <ul className="link-cards">
            {allowedItems.map((item) => (
              <li key={item.path} className="link-card">
                <Link to={item.path} className="link-card__link">
                  {tCommon(item.labelKey)}
                </Link>
                <p className="link-card__description">{t(item.descriptionKey)}</p>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function Introduction() {
  const { t } = useTranslation('start');
  return (
    <div className="page page--narrow">
      <h1>{t('intro.heading')}</h1>
      <p className="lead">{t('intro.body')}</p>
      <p>{t('intro.loginPrompt')}</p>
      <p>
        <Link to={paths.login} className="button">
          {t('intro.login')}
        </Link>
      </p>
    </div>
  );
}
