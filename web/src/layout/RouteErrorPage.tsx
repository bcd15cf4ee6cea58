import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';
import { MessagePage } from '../components/MessagePage';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';
import { MAIN_CONTENT_ID, SkipLink } from './SkipLink';

/** Shown when a page throws or its chunk fails to load (e.g. after a deploy): offers a reload. */
export function RouteErrorPage() {
  const { t } = useTranslation();
  const error = useRouteError();
  console.error(error);
  return (
    <div className="app">
      <SkipLink />
      <SiteHeader />
      <main id={MAIN_CONTENT_ID} className="site-main container" tabIndex={-1}>
        <MessagePage title={t('routeError.title')}>
          <p>{t('routeError.body')}</p>
          <p>
            <button type="button" className="button" onClick={() => window.location.reload()}>
              {t('routeError.reload')}
            </button>
          </p>
        </MessagePage>
      </main>
      <SiteFooter />
    </div>
  );
}
