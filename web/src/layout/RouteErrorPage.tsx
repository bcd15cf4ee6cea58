import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';
import { apiUrl } from '#web/api/client';
import { MessagePage } from '#web/components/MessagePage';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';
import { MAIN_CONTENT_ID, SkipLink } from './SkipLink';

const SERVER_CHECK_INTERVAL_MS = 10_000;

/**
 * A page's code (or its CSS) could not be fetched: the server was unreachable
 * or restarted with a new build. Unlike a bug in the page, reloading fixes it.
 */
function isLoadFailure(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return /dynamically imported module|Importing a module script failed|Unable to preload|ChunkLoadError/i.test(`${error.name}: ${error.message}`);
}

/**
 * Once the page could not be fetched, checks whether the server answers again
 * (when the browser is back online, when the window regains focus, and every
 * 10 s while visible) and then reloads, so the page does not stay broken.
 */
function useReloadWhenServerAnswers(enabled: boolean) {
  useEffect(() => {
    if (!enabled) return;
    let checking = false;
    const check = async () => {
      if (checking || document.visibilityState !== 'visible') return;
      checking = true;
      try {
        const response = await fetch(apiUrl('/api/health'), { cache: 'no-store', headers: { accept: 'application/json' } });
        if (response.ok) window.location.reload();
      } catch {
        // Still unreachable: the next check will tell.
      } finally {
        checking = false;
      }
    };
    const onEvent = () => void check();
    const timer = window.setInterval(onEvent, SERVER_CHECK_INTERVAL_MS);
    window.addEventListener('online', onEvent);
    window.addEventListener('focus', onEvent);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('online', onEvent);
      window.removeEventListener('focus', onEvent);
    };
  }, [enabled]);
}

/** Shown when a page throws or its chunk fails to load (e.g. after a deploy, or while the server is unreachable): offers a reload. */
export function RouteErrorPage() {
  const { t } = useTranslation();
  const error = useRouteError();
  const loadFailure = isLoadFailure(error);
  useReloadWhenServerAnswers(loadFailure);
  useEffect(() => {
    if (!loadFailure) console.error(error);
  }, [error, loadFailure]);
  return (
    <div className="app">
      <SkipLink />
      <SiteHeader />
      <main id={MAIN_CONTENT_ID} className="site-main container" tabIndex={-1}>
        <MessagePage title={loadFailure ? t('routeError.loadFailedTitle') : t('routeError.title')}>
          <p>{loadFailure ? t('routeError.loadFailedBody') : t('routeError.body')}</p>
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
