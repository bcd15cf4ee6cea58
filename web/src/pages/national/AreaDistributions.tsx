import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { TableScroll } from '#web/components/TableScroll';
import { WithheldExplanation } from '#web/components/WithheldExplanation';
import { formatList, formatShare } from '#web/components/formatters';
import type { Aggregates, RoundQuestions } from './nationalApi';
import { LazySection } from '#web/components/LazySection';
import { DistributionChart } from './DistributionChart';

const LEVELS = ['1', '2', '3', '4'] as const;

type Category = { key: string; label: string; count: number };

/** One distribution as a table with its n, and the same figures as a bar chart. */
function Distribution({ caption, header, categories }: { caption: string; header: string; categories: Category[] }) {
  const { t, i18n } = useTranslation('national');
  const total = categories.reduce((sum, c) => sum + c.count, 0);
  const share = (count: number) => formatShare(count, total, i18n.language);
  const captionId = useId();
  return (
    <div className="national-distribution">
      <TableScroll labelledBy={captionId}>
        <table className="data-table data-table--compact">
          <caption id={captionId}>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{header}</th>
              <th scope="col">{t('distribution.count')}</th>
              <th scope="col">{t('distribution.share')}</th>
            </tr>
          </thead>
          <tbody>
            {categories.map((c) => (
              <tr key={c.key}>
                <th scope="row">{c.label}</th>
                <td>{c.count}</td>
                <td>{share(c.count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {/* With its table: an area renders only near the screen already (LazySection). */}
      {total > 0 && (
        <DistributionChart
          data={categories.map((c) => ({ label: c.label, share: (100 * c.count) / total, text: `${share(c.count)} (${c.count})` }))}
        />
      )}
    </div>
  );
}

type Area = Aggregates['areas'][number];
const sum = (categories: Category[]) => categories.reduce((total, c) => total + c.count, 0);

/** One area's two distributions, side by side where there is room: its figures are worked out only when it renders. */
function AreaFigures({ area, bankArea }: { area: Area; bankArea: RoundQuestions['areas'][number] | undefined }) {
  const { t } = useTranslation('national');
  const followups = (bankArea?.followup.options ?? []).map((o) => ({ key: o.key, label: o.label, count: area.followup?.[o.key] ?? 0 }));
  const levels = LEVELS.map((level) => ({ key: level, label: t('levels.level', { level }), count: area.levels?.[level] ?? 0 }));
  return (
    <div className="national-area__figures">
      <Distribution caption={t('distribution.followupCaption', { count: sum(followups) })} header={t('followup.option')} categories={followups} />
      <Distribution caption={t('distribution.levelsCaption', { count: sum(levels) })} header={t('levels.levelColumn')} categories={levels} />
    </div>
  );
}

/**
 * Per area, as in the 2019 report: the follow-up distribution among those
 * answering yes, and the level distribution. Withheld areas get no tables
 * or charts (never zeros): one line names them, with the explanation.
 */
export function AreaDistributions({ aggregates, texts }: { aggregates: Aggregates; texts: RoundQuestions }) {
  const { t, i18n } = useTranslation('national');
  const titleOf = (key: string) => texts.areas.find((a) => a.key === key)?.title ?? key;
  const withheld = aggregates.areas.filter((area) => area.suppressed);
  return (
    <section aria-labelledby="distributions-heading">
      <h2 id="distributions-heading">{t('distribution.heading')}</h2>
      <p>{t('distribution.intro')}</p>
      {withheld.length > 0 && (
        <div className="national-withheld">
          <p>
            {t('distribution.withheldAreas', {
              areas: formatList(
                withheld.map((area) => titleOf(area.key)),
                i18n.language,
              ),
            })}
          </p>
          <WithheldExplanation namespace="national" reasons={withheld.map((area) => area.suppressedReason)} />
        </div>
      )}
      {aggregates.areas
        .filter((area) => !area.suppressed)
        .map((area) => {
          const bankArea = texts.areas.find((a) => a.key === area.key);
          const title = bankArea?.title ?? area.key;
          return (
            <article key={area.key} className="national-area" aria-labelledby={`distribution-${area.key}`}>
              <h3 id={`distribution-${area.key}`}>{title}</h3>
              {/* An area's tables and charts render when the reader comes near them (or asks): ten areas were most of
                  the page's elements, and rendering them while the page loaded was most of its blocking time. */}
              <LazySection label={t('distribution.show', { area: title })} className="national-area__pending">
                <AreaFigures area={area} bankArea={bankArea} />
              </LazySection>
            </article>
          );
        })}
    </section>
  );
}
