import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { paths } from '#web/app/paths';
import './admin.css';

export const ADMIN_SECTIONS = [
  { path: paths.adminUsers, key: 'users' },
  { path: paths.adminOrganisations, key: 'organisations' },
  { path: paths.adminOutbox, key: 'outbox' },
  { path: paths.adminAudit, key: 'audit' },
  { path: paths.adminRounds, key: 'rounds' },
  { path: paths.adminIdentityProviders, key: 'identityProviders' },
] as const;

/** Links between the administration pages; the current one is marked aria-current by NavLink. */
export function AdminNav() {
  const { t } = useTranslation('admin');
  return (
    <nav aria-label={t('hub.navLabel')} className="admin-nav">
      <ul className="admin-nav__list">
        <li>
          <NavLink to={paths.admin} end>
            {t('hub.title')}
          </NavLink>
        </li>
        {ADMIN_SECTIONS.map((section) => (
          <li key={section.path}>
            <NavLink to={section.path}>{t(`hub.${section.key}.title`)}</NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
