import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '#web/app/paths';

export function SiteFooter() {
  const { t } = useTranslation();
  return (
    <footer className="site-footer">
      <div className="container">
        <p>{t('footer.about')}</p>
        <p>{t('footer.accessibility')}</p>
        <p>
          <Link to={paths.openData}>{t('footer.openData')}</Link>
        </p>
      </div>
    </footer>
  );
}
