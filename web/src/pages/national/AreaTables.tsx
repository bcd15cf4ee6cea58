import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { formatShare, type Aggregates, type RoundQuestions } from './nationalApi';

const YesShareChart = lazy(() => import('./YesShareChart'));

/** Response rate and yes shares with both denominators labelled, the table first and its chart below. */
export function AreaTables({ aggregates, texts }: { aggregates: Aggregates; texts: RoundQuestions }) {
  const { t, i18n } = useTranslation('national');
  const lang = i18n.language;
  const title = (key: string) => texts.areas.find((a) => a.key === key)?.title ?? key;
  const responses = aggregates.responses!;
  return (
    <>
      <section aria-labelledby="responses-heading">
        <h2 id="responses-heading">{t('responses.heading')}</h2>
        <dl className="results-summary">
          <div><dt>{t('responses.invited')}</dt><dd>{aggregates.invited}</dd></div>
          <div><dt>{t('responses.submitted')}</dt><dd>{responses.submitted}</dd></div>
          <div><dt>{t('responses.draft')}</dt><dd>{responses.draft}</dd></div>
          <div><dt>{t('responses.notStarted')}</dt><dd>{responses.notStarted}</dd></div>
          <div><dt>{t('responses.rate')}</dt><dd>{formatShare(responses.submitted, aggregates.invited, lang)}</dd></div>
        </dl>
      </section>

      <section aria-labelledby="areas-heading">
        <h2 id="areas-heading">{t('areas.heading')}</h2>
        <p>{t('areas.intro')}</p>
        <div className="table-scroll">
          <table className="data-table data-table--compact">
            <caption className="visually-hidden">{t('areas.heading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('areas.area')}</th>
                <th scope="col">{t('areas.answered')}</th>
                <th scope="col">{t('areas.yes')}</th>
                <th scope="col">{t('areas.no')}</th>
                <th scope="col">{t('areas.yesOfAnswered')}</th>
                <th scope="col">{t('areas.yesOfInvited')}</th>
              </tr>
            </thead>
            <tbody>
              {aggregates.areas.map((area) => (
                <tr key={area.key}>
                  <th scope="row">{title(area.key)}</th>
                  <td>{area.answered}</td>
                  <td>{area.yes}</td>
                  <td>{area.no}</td>
                  <td>{formatShare(area.yes, area.answered, lang)}</td>
                  <td>{formatShare(area.yes, aggregates.invited, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <Suspense fallback={null}>
          <YesShareChart
            data={aggregates.areas.map((a) => ({ area: title(a.key), share: a.answered ? Math.round((100 * (a.yes ?? 0)) / a.answered) : null }))}
          />
        </Suspense>
        <p className="field__hint">{t('areas.chartCaption')}</p>
      </section>

    </>
  );
}
