import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '#web/components/usePageTitle';
import { ADMIN_SECTIONS, AdminNav } from './AdminNav';

export default function AdminPage() {
  const { t } = useTranslation('admin');
  usePageTitle(t('hub.title'));
  return (
    <div className="page">
      <AdminNav />
      <h1>{t('hub.title')}</h1>
      <ul className="link-cards">
        {ADMIN_SECTIONS.map((section) => (
          <li key={section.path} className="link-card">
            <Link to={section.path} className="link-card__link">
              {t(`hub.${section.key}.title`)}
            </Link>
            <p className="link-card__description">{t(`hub.${section.key}.description`)}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
