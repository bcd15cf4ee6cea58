import { useTranslation } from 'react-i18next';
import { MessagePage } from './MessagePage';

/** Stand-in for a page another feature will build: replace the route's module, keep the route. */
export function ComingSoonPage({ title }: { title: string }) {
  const { t } = useTranslation();
  return (
    <MessagePage title={title}>
      <p>{t('comingSoon.body')}</p>
    </MessagePage>
  );
}
