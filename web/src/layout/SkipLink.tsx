import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';

export const MAIN_CONTENT_ID = 'main';

/** The first focusable element: jumps past header and navigation to the main content. */
export function SkipLink() {
  const { t } = useTranslation();
  function focusMain(event: MouseEvent<HTMLAnchorElement>) {
    const main = document.getElementById(MAIN_CONTENT_ID);
    if (!main) return;
    event.preventDefault(); // Focus without putting #main into the router's URL.
    main.focus();
    main.scrollIntoView();
  }
  return (
    <a className="skip-link" href={`#${MAIN_CONTENT_ID}`} onClick={focusMain}>
      {t('skipToContent')}
    </a>
  );
}
