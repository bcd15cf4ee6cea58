import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider, createBrowserRouter } from 'react-router';
import { createQueryClient } from '#web/app/queryClient';
import { routes } from '#web/app/routes';
import { sessionQuery } from '#web/auth/session';
import { i18n, i18nReady } from '#web/i18n/index';
import './styles.css';

// The entry's evaluation is one task: V8 parsing and compiling this chunk (React, the router, i18next, react-query:
// about 440 kB) — the longest task of a first visit on a slow phone (issue 15, bench/RESULTS.md). The router (ranking
// the route table, matching the address, starting the page's chunk) and React's first render follow in a task of
// their own, so the browser can paint and answer input between them.
setTimeout(start, 0);

function start() {
  const queryClient = createQueryClient();
  // Who is signed in decides every page's first content (the guards wait for it): asked now rather than in the first
  // render, which on a slow phone is itself a long task.
  void queryClient.prefetchQuery(sessionQuery);
  const router = createBrowserRouter(routes);
  // Swedish texts are in this chunk; an English visit waits for its catalogues (a few kB) rather than flash Swedish.
  const render = () =>
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <I18nextProvider i18n={i18n}>
          <QueryClientProvider client={queryClient}>
            <RouterProvider router={router} />
          </QueryClientProvider>
        </I18nextProvider>
      </StrictMode>,
    );
  void i18nReady.then(render, render);
}
