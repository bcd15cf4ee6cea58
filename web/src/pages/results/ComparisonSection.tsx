import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { AreaTable, type AreaColumn } from '#web/components/AreaTable';
import { WithheldExplanation, WithheldExplanationText, WithheldMark } from '#web/components/WithheldExplanation';
import { isKommungruppCode, shareAtOrAbove, wholeGroupReason } from './comparison';
import { formatShare } from '#web/components/formatters';
import type { AreaResult, OrganisationResults } from './resultsApi';

type Group = OrganisationResults['comparisons'][number];

/**
 * Per area and peer group, the share of organisations that have reached the
 * target level, with the n it rests on (comparison.ts says why this one
 * figure), next to the organisation's own level: one table on screen and on
 * paper. Counts only, never named or ranked organisations. A withheld figure
 * shows "–"; a group withheld as a whole says so in its header, and one
 * explanation below the table covers every reason in it.
 */
export const ComparisonSection = memo(function ComparisonSection({ results }: { results: OrganisationResults }) {
  const { t, i18n } = useTranslation('results');
  const target = results.summary.targetLevel;
  const groupName = (group: Group) => {
    if (group.kind === 'national') return t('comparison.national');
    if (group.kind === 'county') return t('comparison.county', { name: group.name });
    const value = group.name ?? '';
    if (group.attribute === 'kommungrupp') {
      return isKommungruppCode(value)
        ? t('comparison.similar', { code: value, name: t(`comparison.kommungrupper.${value}`) })
        : t('comparison.similarUnnamed', { value });
    }
    return t('comparison.attribute', { attribute: group.attribute, value });
  };
  const reasonOf = (index: number) =>
    wholeGroupReason(
      results.comparisons[index] ?? { suppressedReason: null },
      results.areas.map((a) => a.comparisonReasons),
      results.areas.map((a) => a.comparison),
      index,
    );
  const groupStatus = (group: Group, index: number) => {
    const reason = reasonOf(index);
    if (reason) return t(`comparison.groupWithheld.${reason}`);
    return group.counted === null ? t('comparison.countWithheld') : t('comparison.counted', { count: group.counted });
  };
  const headerName = (group: Group, index: number) =>
    reasonOf(index) ? t('comparison.headerWithheld', { name: groupName(group) }) : groupName(group);
  const reasons = [...results.comparisons.map((g) => g.suppressedReason), ...results.areas.flatMap((a) => a.comparisonReasons)];
  const hasSimilar = results.comparisons.some((group) => group.kind === 'attribute');

  const ownLevel: AreaColumn<AreaResult> = {
    key: 'own',
    header: t('comparison.yourLevel'),
    // On paper the levels table just above says it, and the groups need the width.
    screenOnly: true,
    cell: (area) =>
      area.level === null ? (
        t('comparison.ownNone')
      ) : (
        <span className={area.level >= target ? 'own-level own-level--reached' : 'own-level'}>
          {t(area.level >= target ? 'comparison.ownReached' : 'comparison.ownBelow', { level: area.level })}
        </span>
      ),
  };
  const groupColumns = results.comparisons.map((group, index): AreaColumn<AreaResult> => ({
    key: `${group.kind}-${group.name ?? ''}`,
    header: headerName(group, index),
    cell: (area) => {
      const figure = shareAtOrAbove(area.comparison[index] ?? null, area.comparisonReasons[index] ?? null, target);
      if (figure.kind === 'withheld') return <WithheldMark namespace="results" />;
      if (figure.kind === 'empty') return t('comparison.empty');
      return (
        <>
          <strong>{formatShare(figure.reached, figure.n, i18n.language)}</strong>{' '}
          <span className="comparison-n">{t('comparison.ofN', { n: figure.n })}</span>
        </>
      );
    },
  }));

  return (
    <section aria-labelledby="comparison-heading" className="results-comparison">
      <h2 id="comparison-heading">{t('comparison.heading')}</h2>
      <p className="results-comparison__intro">{t('comparison.intro', { target })}</p>
      <ul className="results-groups">
        {results.comparisons.map((group, index) => (
          <li key={group.kind}>
            <strong>{groupName(group)}:</strong> {groupStatus(group, index)}
          </li>
        ))}
      </ul>
      {!hasSimilar && results.organisation.type === 'kommun' && <p className="no-print">{t('comparison.noSimilar')}</p>}
      <AreaTable
        caption={t('comparison.caption', { target })}
        rowHeader={t('levels.area')}
        rows={results.areas}
        rowKey={(area) => area.key}
        rowTitle={(area) => area.title}
        columns={[ownLevel, ...groupColumns]}
        className="results-comparison__table"
        linesWhenNarrow
      />
      <WithheldExplanationText namespace="results" reasons={reasons} className="print-only results-withheld-print" />
      <WithheldExplanation namespace="results" reasons={reasons} className="no-print" />
    </section>
  );
});
