import { useTranslation } from 'react-i18next';
import { ComingSoonPage } from '../../components/ComingSoonPage';

// Placeholder until the national feature lands: replace this module, keep the default export.
export default function NationalPage() {
  const { t } = useTranslation();
  return <ComingSoonPage title={t('nav.national')} />;
}
