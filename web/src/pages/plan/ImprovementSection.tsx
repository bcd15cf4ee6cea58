import { queryOptions, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { answer, api } from '#web/api/client';
import { formatShare } from '#web/components/formatters';
import { LoadingMessage } from '#web/components/LoadingMessage';
import { QueryError } from '#web/components/QueryError';
import { TableScroll } from '#web/components/TableScroll';
import { formatDateTime } from '#web/pages/survey/format';
import type { ImprovementShare } from '#shared/api/improvement';

const improvementQuery = (year: number, lang: string) =>
  queryOptions({
    queryKey: ['round-improvement', year, lang] as const,
    queryFn: ({ signal }) =>
      answer(api.GET('/api/rounds/{year}/improvement', { params: { path: { year }, query: { lang: lang === 'en' ? 'en' : 'sv' } }, signal })),
  });

/**
 * Analysts' view of the improvement loop for one round (issue 17): per area,
 * the share of organisations with an action plan and the share of last year's
 * actions done, from the snapshot taken when the round closed. Shares only,
 * withheld for small groups by the server. For the national page.
 */
export function ImprovementSection({ year }: { year: number }) {
  const { t, i18n } = useTranslation('plan');
  const query = useQuery(improvementQuery(year, i18n.language));
  const cell = (figure: ImprovementShare) => {
    if (figure.suppressed === 'small_group') return t('national.withheld');
    if (figure.suppressed === 'no_snapshot' || figure.share === null) return t('national.noSnapshot');
    if (figure.suppressed === 'open_round') return '–';
    return t('national.of', { share: formatShare(figure.share, 1, i18n.language), count: figure.organisations });
  };
  const open = query.data?.areas.every((a) => a.withPlan.suppressed === 'open_round');
  return (
    <section aria-labelledby="improvement-heading">
      <h2 id="improvement-heading">{t('national.heading')}</h2>
      <p>{t('national.intro')}</p>
      {query.isPending && <LoadingMessage />}
      {query.error && <QueryError error={query.error} retrying={query.isFetching} onRetry={() => void query.refetch()} />}
      {query.data && open && <p>{t('national.openRound')}</p>}
      {query.data && !open && (
        <>
          {query.data.takenAt && <p className="field__hint">{t('national.takenAt', { date: formatDateTime(query.data.takenAt, i18n.language) })}</p>}
          <TableScroll labelledBy="improvement-caption">
            <table className="data-table">
              <caption id="improvement-caption" className="visually-hidden">
                {t('national.heading')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('national.area')}</th>
                  <th scope="col">{t('national.withPlan')}</th>
                  <th scope="col">{t('national.actionsDone')}</th>
                </tr>
              </thead>
              <tbody>
                {query.data.areas.map((area) => (
                  <tr key={area.key}>
                    <th scope="row">{area.title}</th>
                    <td>{cell(area.withPlan)}</td>
                    <td>{cell(area.actionsDone)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </>
      )}
    </section>
  );
}
