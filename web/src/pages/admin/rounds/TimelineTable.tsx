import { useTranslation } from 'react-i18next';
import { DataTable } from '#web/pages/admin/DataTable';
import { formatDay } from '#web/pages/admin/format';
import type { TimelinePoint } from './roundAdminApi';

/** The chart's numbers as a table: the accessible alternative to the chart. */
export function TimelineTable({ timeline, invited }: { timeline: TimelinePoint[]; invited: number }) {
  const { t, i18n } = useTranslation('rounds');
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 });
  return (
    <DataTable
      caption={t('monitor.timelineCaption')}
      columns={[
        t('monitor.timelineColumns.date'),
        t('monitor.timelineColumns.draft'),
        t('monitor.timelineColumns.submitted'),
        t('monitor.timelineColumns.rate'),
      ]}
    >
      {timeline.map((point) => (
        <tr key={point.date}>
          <th scope="row">
            <time dateTime={point.date}>{formatDay(point.date, i18n.language)}</time>
          </th>
          <td>{point.draft}</td>
          <td>{point.submitted}</td>
          <td>{percent.format(invited ? point.submitted / invited : 0)}</td>
        </tr>
      ))}
    </DataTable>
  );
}
