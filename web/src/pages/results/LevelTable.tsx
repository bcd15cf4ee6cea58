import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { TableScroll } from '../../components/TableScroll';
import type { OrganisationResults } from './resultsApi';

/** The levels per area as a table: the accessible form of the bar chart, and what prints. */
export function LevelTable({ results }: { results: OrganisationResults }) {
  const { t } = useTranslation('results');
  const captionId = useId();
  return (
    <TableScroll labelledBy={captionId}>
      <table className="data-table data-table--fit">
        <caption id={captionId} className="visually-hidden">{t('levels.heading')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('levels.area')}</th>
            <th scope="col">{t('levels.answer')}</th>
            <th scope="col">{t('levels.level')}</th>
          </tr>
        </thead>
        <tbody>
          {results.areas.map((area) => (
            <tr key={area.key}>
              <th scope="row">{area.title}</th>
              <td>
                {area.main === null ? t('levels.unanswered') : t(`levels.${area.main}`)}
                {area.followupLabel && `: ${area.followupLabel}`}
              </td>
              <td className={area.level !== null && area.level >= results.summary.targetLevel ? 'level level--target' : 'level'}>
                {area.level === null ? t('levels.notScored') : area.level}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
