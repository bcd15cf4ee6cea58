import { useTranslation } from 'react-i18next';
import { Link, useLocation, useMatches, useNavigate } from 'react-router';
import { paths } from '#web/app/paths';
import { useLogout } from '#web/auth/authApi';
import { SIGNED_IN_ROUTE, useSession } from '#web/auth/session';

export function UserMenu() {
  const { t } = useTranslation();
  const { user, isLoading } = useSession();
  const logout = useLogout();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const signedInRoute = useMatches().some((match) => match.handle === SIGNED_IN_ROUTE);
  if (isLoading) return signedInRoute ? <PendingUserMenu /> : null;
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

/**
 * While the session is being checked on a page that needs one: the signed-in
 * menu's room, invisible, so the header does not grow under the reader when
 * the answer comes (a layout shift of the whole page on a phone, where the
 * menu takes two lines; issue 15). The name is a stand-in of a usual length.
 */
function PendingUserMenu() {
  const { t } = useTranslation();
  return (
    <div className="user-menu user-menu--pending" aria-hidden="true">
      <span className="user-menu__name">{t('userMenu.signedInAs', { name: 'Anna Andersson' })}</span>
      <span className="user-menu__account">{t('userMenu.account')}</span>
      <span className="button button--quiet">{t('userMenu.logout')}</span>
    </div>
  );
}
