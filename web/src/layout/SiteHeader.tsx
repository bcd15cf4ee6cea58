import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '#web/app/paths';
import { LanguageSwitch } from './LanguageSwitch';
import { PrimaryNavigation } from './PrimaryNavigation';
import { UserMenu } from './UserMenu';

export function SiteHeader() {
  const { t } = useTranslation();
  return (
    <header className="site-header">
      <div className="site-header__bar container">
        <Link to={paths.start} className="site-header__brand">
          <span className="site-header__name">{t('appName')}</span>
          <span className="site-header__tagline">{t('appTagline')}</span>
        </Link>
        <div className="site-header__tools">
          <LanguageSwitch />
          <UserMenu />
        </div>
      </div>
      <div className="site-header__nav container">
        <PrimaryNavigation />
      </div>
    </header>
  );
}
