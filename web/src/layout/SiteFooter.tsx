import { useTranslation } from 'react-i18next';

export function SiteFooter() {
  const { t } = useTranslation();
  return (
    <footer className="site-footer">
      <div className="container">
        <p>{t('footer.about')}</p>
        <p>{t('footer.accessibility')}</p>
      </div>
    </footer>
  );
}
