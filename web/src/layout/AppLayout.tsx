import { Suspense } from 'react';
import { Outlet } from 'react-router';
import { LoadingMessage } from '#web/components/LoadingMessage';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';
import { MAIN_CONTENT_ID, SkipLink } from './SkipLink';
import { useFocusOnNavigation } from './useFocusOnNavigation';

/** The frame of every page: skip link, header with navigation, main landmark, footer. */
export function AppLayout() {
  useFocusOnNavigation();
  return (
    <div className="app">
      <SkipLink />
      <SiteHeader />
      <main id={MAIN_CONTENT_ID} className="site-main container" tabIndex={-1}>
        {/* A page whose translation namespace is still loading (i18n/index.ts) suspends here. */}
        <Suspense fallback={<LoadingMessage />}>
          <Outlet />
        </Suspense>
      </main>
      <SiteFooter />
    </div>
  );
}
