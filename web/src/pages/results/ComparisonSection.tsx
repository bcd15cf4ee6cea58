import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { TableScroll } from '../../components/TableScroll';
import { WithheldExplanation, WithheldExplanationText, WithheldMark } from '../../components/WithheldExplanation';
import { ComparisonPrintTable } from './ComparisonPrintTable';
import { LEVEL_KEYS, type OrganisationResults } from './resultsApi';

type Group = OrganisationResults['comparisons'][number];

/**
 * Per area, the level distribution of each peer group: counts only, never
 * named or ranked organisations. A withheld figure shows "–"; the list of
 * groups says which group is withheld as a whole and why, and one
 * explanation below the table covers every reason in it.
 */
export function ComparisonSection({ results }: { results: OrganisationResults }) {
  const { t } = useTranslation('results');
  const captionId = useId();
  const groupName = (group: Group) =>
    group.kind === 'national'
      ? t('comparison.national')
      : group.kind === 'county'
        ? t('comparison.county', { name: group.name })
        : t('comparison.attribute', { attribute: group.attribute, value: group.name });
  // A group withheld in every area is said once, in its name and header, not in every cell.
  const wholeGroupReason = (index: number) =>
    results.areas.length > 0 && results.areas.every((area) => area.comparison[index] === null)
      ? (results.areas[0]?.comparisonReasons[index] ?? results.comparisons[index]?.suppressedReason ?? 'small_group')
      : null;
  const groupStatus = (group: Group, index: number) => {
    const reason = wholeGroupReason(index);
    if (reason) return t(`comparison.groupWithheld.${reason}`);
    return group.counted === null ? t('comparison.countWithheld') : t('comparison.counted', { count: group.counted });
  };
  const headerName = (group: Group, index: number) =>
    wholeGroupReason(index) ? t('comparison.headerWithheld', { name: groupName(group) }) : groupName(group);
  const reasons = [...results.comparisons.map((g) => g.suppressedReason), ...results.areas.flatMap((a) => a.comparisonReasons)];
  return (
    <section aria-labelledby="comparison-heading">
      <h2 id="comparison-heading">{t('comparison.heading')}</h2>
      <p className="results-comparison__intro">{t('comparison.intro')}</p>
      <ul className="results-groups">
        {results.comparisons.map((group, index) => (
          <li key={group.kind}>
            <strong>{groupName(group)}:</strong> {groupStatus(group, index)}
          </li>
        ))}
      </ul>
      <ComparisonPrintTable results={results} groupNames={results.comparisons.map(headerName)} />
      <WithheldExplanationText namespace="results" reasons={reasons} className="print-only results-withheld-print" />
      <TableScroll labelledBy={captionId} className="no-print">
        <table className="data-table data-table--compact">
          <caption id={captionId} className="visually-hidden">{t('comparison.heading')}</caption>
          <thead>
            <tr>
              <th scope="col" rowSpan={2}>{t('levels.area')}</th>
              <th scope="col" rowSpan={2}>{t('comparison.yourLevel')}</th>
              {results.comparisons.map((group, index) => (
                <th key={group.kind} scope="colgroup" colSpan={4}>
                  {headerName(group, index)}
                </th>
              ))}
            </tr>
            <tr>
              {results.comparisons.flatMap((group) =>
                LEVEL_KEYS.map((level) => (
                  <th key={`${group.kind}-${level}`} scope="col">{t('levels.levelValue', { level })}</th>
                )),
              )}
            </tr>
          </thead>
          <tbody>
            {results.areas.map((area) => (
              <tr key={area.key}>
                <th scope="row">{area.title}</th>
                <td>{area.level ?? '–'}</td>
                {area.comparison.flatMap((counts, index) =>
                  counts === null
                    ? [<td key={index} colSpan={4}><WithheldMark namespace="results" /></td>]
                    : LEVEL_KEYS.map((level) => (
                        <td key={`${index}-${level}`} className={String(area.level) === level ? 'level--own' : undefined}>{counts[level]}</td>
                      )),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <WithheldExplanation namespace="results" reasons={reasons} className="no-print" />
    </section>
  );
}
