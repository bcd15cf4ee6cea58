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
// about 440 kB) — the longest task of a first visit on a slow phone (issue 15, bench/RESULTS.md). What follows runs in
// tasks of its own, so the browser can paint and answer input between them: the session's request, the router
// (ranking the route table, matching the address, starting the page's chunk), and React's first render. In one task
// they took 24–93 ms on an unthrottled host (four times that on Lighthouse's phone); split, none reaches 12.5 ms.
setTimeout(() => void start(), 0);

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function start() {
  const queryClient = createQueryClient();
  // Who is signed in decides every page's first content (the guards wait for it): asked now rather than in the first
  // render, which on a slow phone is itself a long task.
  void queryClient.prefetchQuery(sessionQuery);
  await nextTask();
  const router = createBrowserRouter(routes);
  await nextTask();
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
