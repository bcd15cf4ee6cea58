import { lazy, Suspense, useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TableScroll } from '../../components/TableScroll';
import { WithheldExplanation, WithheldMark } from '../../components/WithheldExplanation';
import { formatShare, type Aggregates, type RoundQuestions } from './nationalApi';
import { ChartTurn } from '../../components/ChartTurn';

const YesShareChart = lazy(() => import('./YesShareChart'));

type Area = Aggregates['areas'][number];

/** A count, or the withheld mark where the figure is null. */
function Count({ value }: { value: number | null }) {
  return value === null ? <WithheldMark namespace="national" /> : <>{value}</>;
}

/** A share, or the withheld mark where its figure is withheld (a share of nothing stays "–" as before). */
function Share({ withheld, children }: { withheld: boolean; children: ReactNode }) {
  return withheld ? <WithheldMark namespace="national" /> : <>{children}</>;
}

/** Invited and how far they have come; the counts are withheld as a whole when the group is too small (the invited count never is). */
export function ResponseSummary({ aggregates }: { aggregates: Aggregates }) {
  const { t, i18n } = useTranslation('national');
  const { responses } = aggregates;
  return (
    <section aria-labelledby="responses-heading">
      <h2 id="responses-heading">{t('responses.heading')}</h2>
      <dl className="results-summary">
        <div><dt>{t('responses.invited')}</dt><dd>{aggregates.invited}</dd></div>
        <div><dt>{t('responses.submitted')}</dt><dd><Count value={responses?.submitted ?? null} /></dd></div>
        <div><dt>{t('responses.draft')}</dt><dd><Count value={responses?.draft ?? null} /></dd></div>
        <div><dt>{t('responses.notStarted')}</dt><dd><Count value={responses?.notStarted ?? null} /></dd></div>
        <div>
          <dt>{t('responses.rate')}</dt>
          <dd><Share withheld={!responses}>{formatShare(responses?.submitted ?? null, aggregates.invited, i18n.language)}</Share></dd>
        </div>
      </dl>
      {aggregates.suppressed && (
        <>
          <p>{t('responses.withheld')}</p>
          <WithheldExplanation namespace="national" reasons={[aggregates.suppressedReason]} />
        </>
      )}
    </section>
  );
}

/** Yes shares with both denominators labelled, the table first and its chart below; withheld areas show "–" and one explanation. */
export function AreaTables({ aggregates, texts }: { aggregates: Aggregates; texts: RoundQuestions }) {
  const { t, i18n } = useTranslation('national');
  const lang = i18n.language;
  const captionId = useId();
  const title = (key: string) => texts.areas.find((a) => a.key === key)?.title ?? key;
  const yesShare = (area: Area) => (area.answered && area.yes !== null ? Math.round((100 * area.yes) / area.answered) : null);
  return (
    <section aria-labelledby="areas-heading">
      <h2 id="areas-heading">{t('areas.heading')}</h2>
      <p>{t('areas.intro')}</p>
      <TableScroll labelledBy={captionId}>
        <table className="data-table data-table--compact">
          <caption id={captionId} className="visually-hidden">{t('areas.heading')}</caption>
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
                <td><Count value={area.answered} /></td>
                <td><Count value={area.yes} /></td>
                <td><Count value={area.no} /></td>
                <td><Share withheld={area.suppressed}>{formatShare(area.yes, area.answered, lang)}</Share></td>
                <td><Share withheld={area.suppressed}>{formatShare(area.yes, aggregates.invited, lang)}</Share></td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <WithheldExplanation namespace="national" reasons={aggregates.areas.map((a) => a.suppressedReason)} />
      <ChartTurn minHeight={340}>
        <Suspense fallback={null}>
          <YesShareChart data={aggregates.areas.map((a) => ({ area: title(a.key), share: yesShare(a) }))} />
        </Suspense>
      </ChartTurn>
      <p className="field__hint">{t('areas.chartCaption')}</p>
    </section>
  );
}
