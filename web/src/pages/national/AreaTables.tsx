import type { ReactNode } from 'react';
import { AreaTable } from '#web/components/AreaTable';
import { useTranslation } from 'react-i18next';
import { WithheldExplanation, WithheldMark } from '#web/components/WithheldExplanation';
import { formatShare } from '#web/components/formatters';
import type { Aggregates, RoundQuestions } from './nationalApi';
import { ChartTurn } from '#web/components/ChartTurn';
import { horizontalBarsHeight } from '#web/components/HorizontalBars';
import { YesShareChart } from './YesShareChart';

type Area = Aggregates['areas'][number];

// Plain functions, not components: the areas' table has fifty such cells in the report's first render (issue 15).
/** A count, or the withheld mark where the figure is null. */
const count = (value: number | null): ReactNode => (value === null ? <WithheldMark namespace="national" /> : value);

/** A share, or the withheld mark where its figure is withheld (a share of nothing stays "–" as before). */
const share = (withheld: boolean, text: string): ReactNode => (withheld ? <WithheldMark namespace="national" /> : text);

/** Invited and how far they have come; the counts are withheld as a whole when the group is too small (the invited count never is). */
export function ResponseSummary({ aggregates }: { aggregates: Aggregates }) {
  const { t, i18n } = useTranslation('national');
  const { responses } = aggregates;
  return (
    <section aria-labelledby="responses-heading">
      <h2 id="responses-heading">{t('responses.heading')}</h2>
      <dl className="results-summary">
        <div>
          <dt>{t('responses.invited')}</dt>
          <dd>{aggregates.invited}</dd>
        </div>
        <div>
          <dt>{t('responses.submitted')}</dt>
          <dd>{count(responses?.submitted ?? null)}</dd>
        </div>
        <div>
          <dt>{t('responses.draft')}</dt>
          <dd>{count(responses?.draft ?? null)}</dd>
        </div>
        <div>
          <dt>{t('responses.notStarted')}</dt>
          <dd>{count(responses?.notStarted ?? null)}</dd>
        </div>
        <div>
          <dt>{t('responses.rate')}</dt>
          <dd>{share(!responses, formatShare(responses?.submitted ?? null, aggregates.invited, i18n.language))}</dd>
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
  const title = (key: string) => texts.areas.find((a) => a.key === key)?.title ?? key;
  const yesShare = (area: Area) => (area.answered && area.yes !== null ? Math.round((100 * area.yes) / area.answered) : null);
  // Question-bank order, as every other table and chart of areas.
  const rows = texts.areas.flatMap((bankArea) => aggregates.areas.filter((area) => area.key === bankArea.key));
  return (
    <section aria-labelledby="areas-heading">
      <h2 id="areas-heading">{t('areas.heading')}</h2>
      <p>{t('areas.intro')}</p>
      <AreaTable
        caption={t('areas.heading')}
        captionHidden
        rowHeader={t('areas.area')}
        rows={rows}
        rowKey={(area) => area.key}
        rowTitle={(area) => title(area.key)}
        columns={[
          { key: 'answered', header: t('areas.answered'), cell: (area) => count(area.answered) },
          { key: 'yes', header: t('areas.yes'), cell: (area) => count(area.yes) },
          { key: 'no', header: t('areas.no'), cell: (area) => count(area.no) },
          {
            key: 'yesOfAnswered',
            header: t('areas.yesOfAnswered'),
            cell: (area) => share(area.suppressed, formatShare(area.yes, area.answered, lang)),
          },
          {
            key: 'yesOfInvited',
            header: t('areas.yesOfInvited'),
            cell: (area) => share(area.suppressed, formatShare(area.yes, aggregates.invited, lang)),
          },
        ]}
      />
      <WithheldExplanation namespace="national" reasons={aggregates.areas.map((a) => a.suppressedReason)} />
      <ChartTurn minHeight={horizontalBarsHeight(rows.length, true) + 24}>
        <YesShareChart
          data={rows.map((a) => ({ area: title(a.key), share: yesShare(a), text: a.suppressed ? '–' : formatShare(a.yes, a.answered, lang) }))}
        />
      </ChartTurn>
      <p className="field__hint">{t('areas.chartCaption')}</p>
    </section>
  );
}
