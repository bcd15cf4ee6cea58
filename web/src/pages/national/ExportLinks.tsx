import { useTranslation } from 'react-i18next';
import { apiUrl } from '#web/api/client';
import { resultFilters, type Filters } from './nationalApi';

/** Plain download links: the browser sends the session cookie, and every export is audit-logged on the server. */
export function ExportLinks({ year, filters, isAdmin }: { year: number; filters: Filters; isAdmin: boolean }) {
  const { t, i18n } = useTranslation('national');
  const lang = i18n.language === 'en' ? 'en' : 'sv';
  const url = (format: 'csv' | 'xlsx') =>
    apiUrl('/api/rounds/{year}/aggregates/export', { path: { year }, query: { ...resultFilters(filters), format, lang } });
  return (
    <section aria-labelledby="exports-heading">
      <h2 id="exports-heading">{t('exports.heading')}</h2>
      <ul>
        <li>
          <a href={url('csv')} download>
            {t('exports.csv')}
          </a>
        </li>
        <li>
          <a href={url('xlsx')} download>
            {t('exports.xlsx')}
          </a>
        </li>
        {isAdmin && (
          <li>
            <a href={apiUrl('/api/admin/rounds/{year}/responses/export', { path: { year } })} download>
              {t('exports.responses')}
            </a>
          </li>
        )}
      </ul>
    </section>
  );
}
