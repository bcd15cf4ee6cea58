import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { paths } from '#web/app/paths';
import { useLogout } from '#web/auth/authApi';
import { useSession } from '#web/auth/session';

export function UserMenu() {
  const { t } = useTranslation();
  const { user, isLoading } = useSession();
  const logout = useLogout();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  if (isLoading) return null;
  if (!user) {
    return (
      <Link to={paths.login} className="user-menu__login">
        {t('userMenu.login')}
      </Link>
    );
  }
  return (
    <div className="user-menu" role="group" aria-label={t('userMenu.label')}>
      <span className="user-menu__name">{t('userMenu.signedInAs', { name: user.name })}</span>
      <Link to={paths.account} className="user-menu__account" aria-current={pathname === paths.account ? 'page' : undefined}>
        {t('userMenu.account')}
      </Link>
      <button
        type="button"
        className="button button--quiet"
        disabled={logout.isPending}
        onClick={() => logout.mutate(undefined, { onSettled: () => void navigate(paths.start) })}
      >
        {logout.isPending ? t('userMenu.loggingOut') : t('userMenu.logout')}
      </button>
    </div>
  );
}
