import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '#web/app/paths';
import { MessagePage } from '#web/components/MessagePage';

export default function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <MessagePage title={t('notFound.title')}>
      <p>{t('notFound.body')}</p>
      <p>
        <Link to={paths.start}>{t('notFound.home')}</Link>
      </p>
    </MessagePage>
  );
}
