import { useTranslation } from 'react-i18next';
import { apiUrl } from '#web/api/client';
import type { Round } from './roundAdminApi';

/** The round's response file (GET …/responses/export): a plain download, the session cookie authorises it. */
export function ExportSection({ round }: { round: Round }) {
  const { t } = useTranslation('rounds');
  return (
    <section aria-labelledby="round-export-title" className="round-section">
      <h2 id="round-export-title">{t('export.title')}</h2>
      <p>{t('export.intro')}</p>
      <p>
        <a href={apiUrl('/api/admin/rounds/{year}/responses/export', { path: { year: round.year } })} download={`responses-${round.year}.csv`}>
          {t('export.link', { year: round.year })}
        </a>
      </p>
    </section>
  );
}
