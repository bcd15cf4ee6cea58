import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider, createBrowserRouter } from 'react-router';
import { createQueryClient } from '#web/app/queryClient';
import { routes } from '#web/app/routes';
import { i18n, i18nReady } from '#web/i18n/index';
import './styles.css';

const queryClient = createQueryClient();
const router = createBrowserRouter(routes);

// Swedish texts are in this chunk; an English visit waits for its catalogues (a few kB) rather than flash Swedish.
void i18nReady.then(render, render);

function render() {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </I18nextProvider>
    </StrictMode>,
  );
}
