import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets the document title to "<title> – Mognad" while the page is shown. */
export function usePageTitle(title: string): void {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = t('pageTitle', { title });
  }, [t, title]);
}
