import { useTranslation } from 'react-i18next';
import { LEVEL_KEYS, formatShare, type LevelCounts, type OrganisationResults } from './resultsApi';

type Props = { results: OrganisationResults; groupNames: string[] };

/** Share of a group at or above the target level, e.g. "42 %". */
function shareAtTarget(counts: LevelCounts, target: number, language: string): string {
  const total = LEVEL_KEYS.reduce((sum, level) => sum + counts[level], 0);
  const atTarget = LEVEL_KEYS.filter((level) => Number(level) >= target).reduce((sum, level) => sum + counts[level], 0);
  return formatShare(atTarget, total, language) ?? '–';
}

/**
 * The comparison on paper: per group only the share at or above the target
 * level, so the page stays one A4 with three groups. The screen shows the full distribution.
 */
export function ComparisonPrintTable({ results, groupNames }: Props) {
  const { t, i18n } = useTranslation('results');
  const target = results.summary.targetLevel;
  return (
    <table className="data-table data-table--compact print-only results-comparison-print">
      <caption>{t('comparison.printCaption', { target })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('levels.area')}</th>
          <th scope="col">{t('comparison.yourLevel')}</th>
          {groupNames.map((name) => <th key={name} scope="col">{name}</th>)}
        </tr>
      </thead>
      <tbody>
        {results.areas.map((area) => (
          <tr key={area.key}>
            <th scope="row">{area.title}</th>
            <td>{area.level ?? '–'}</td>
            {area.comparison.map((counts, index) => (
              <td key={index}>{counts === null ? '–' : shareAtTarget(counts, target, i18n.language)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
