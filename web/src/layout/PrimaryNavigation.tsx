import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { navigationItems } from '#web/app/navigation';
import { paths } from '#web/app/paths';
import { hasAnyRole, useSession } from '#web/auth/session';

/** Links the user's roles allow; NavLink marks the current page with aria-current="page". */
export function PrimaryNavigation() {
  const { t } = useTranslation();
  const { user } = useSession();
  const items = navigationItems.filter((item) => hasAnyRole(user, item.roles));
  return (
    <nav className="primary-nav" aria-label={t('nav.label')}>
      <ul className="primary-nav__list">
        <li>
          <NavLink to={paths.start} end className="primary-nav__link">
            {t('nav.start')}
          </NavLink>
        </li>
        {items.map((item) => (
          <li key={item.path}>
            <NavLink to={item.path} className="primary-nav__link">
              {t(item.labelKey)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
