import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { loginPathReturningTo } from '#web/app/paths';
import { LoadingMessage } from '#web/components/LoadingMessage';
import { MessagePage } from '#web/components/MessagePage';
import { hasAnyRole, useSession, type AccessRole } from './session';

/** Layout route: renders its child routes for a logged-in user, otherwise sends them to login and back. */
export function RequireSession() {
  return <RequireRole />;
}

/** Layout route: like RequireSession, and the user must also hold one of `roles`. */
export function RequireRole({ roles }: { roles?: readonly AccessRole[] }) {
  const { user, isLoading, error } = useSession();
  const location = useLocation();
  if (isLoading) return <LoadingMessage />;
  if (error) return <SessionUnavailable />;
  if (!user) return <Navigate to={loginPathReturningTo(location.pathname + location.search)} replace />;
  if (roles && !hasAnyRole(user, roles)) return <Forbidden />;
  return <Outlet />;
}

function Forbidden() {
  const { t } = useTranslation();
  return (
    <MessagePage title={t('forbidden.title')}>
      <p>{t('forbidden.body')}</p>
    </MessagePage>
  );
}

function SessionUnavailable() {
  const { t } = useTranslation();
  return (
    <MessagePage title={t('routeError.title')}>
      <p>{t('errors.server')}</p>
    </MessagePage>
  );
}
