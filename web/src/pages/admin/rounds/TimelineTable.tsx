import { useTranslation } from 'react-i18next';
import type { TimelinePoint } from './roundAdminApi';

/** The chart's numbers as a table: the accessible alternative to the chart. */
export function TimelineTable({ timeline, invited }: { timeline: TimelinePoint[]; invited: number }) {
  const { t, i18n } = useTranslation('rounds');
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 });
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption>{t('monitor.timelineCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('monitor.timelineColumns.date')}</th>
            <th scope="col">{t('monitor.timelineColumns.started')}</th>
            <th scope="col">{t('monitor.timelineColumns.submitted')}</th>
            <th scope="col">{t('monitor.timelineColumns.rate')}</th>
          </tr>
        </thead>
        <tbody>
          {timeline.map((point) => (
            <tr key={point.date}>
              <th scope="row">{point.date}</th>
              <td>{point.started}</td>
              <td>{point.submitted}</td>
              <td>{percent.format(invited ? point.submitted / invited : 0)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
