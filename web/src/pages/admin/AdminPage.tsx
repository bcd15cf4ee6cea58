import { useTranslation } from 'react-i18next';
import { ComingSoonPage } from '../../components/ComingSoonPage';

// Placeholder until the admin feature lands: replace this module, keep the default export.
export default function AdminPage() {
  const { t } = useTranslation();
  return <ComingSoonPage title={t('nav.admin')} />;
}
