import { useTranslation } from 'react-i18next';
import { ComparisonPrintTable } from './ComparisonPrintTable';
import { LEVEL_KEYS, type OrganisationResults } from './resultsApi';

type Group = OrganisationResults['comparisons'][number];

/** Per area, the level distribution of each peer group: counts only, never named or ranked organisations. */
export function ComparisonSection({ results }: { results: OrganisationResults }) {
  const { t } = useTranslation('results');
  const groupName = (group: Group) =>
    group.kind === 'national'
      ? t('comparison.national')
      : group.kind === 'county'
        ? t('comparison.county', { name: group.name })
        : t('comparison.attribute', { attribute: group.attribute, value: group.name });
  return (
    <section aria-labelledby="comparison-heading">
      <h2 id="comparison-heading">{t('comparison.heading')}</h2>
      <p className="results-comparison__intro">{t('comparison.intro')}</p>
      <ul className="results-groups">
        {results.comparisons.map((group) => (
          <li key={group.kind}>
            <strong>{groupName(group)}:</strong> {group.suppressed ? t('comparison.suppressed') : t('comparison.counted', { count: group.counted ?? 0 })}
          </li>
        ))}
      </ul>
      <ComparisonPrintTable results={results} groupNames={results.comparisons.map(groupName)} />
      <div className="table-scroll no-print">
        <table className="data-table data-table--compact">
          <caption className="visually-hidden">{t('comparison.heading')}</caption>
          <thead>
            <tr>
              <th scope="col" rowSpan={2}>{t('levels.area')}</th>
              <th scope="col" rowSpan={2}>{t('comparison.yourLevel')}</th>
              {results.comparisons.map((group) => (
                <th key={group.kind} scope="colgroup" colSpan={4}>{groupName(group)}</th>
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
                    ? [<td key={index} colSpan={4}>{t('comparison.suppressed')}</td>]
                    : LEVEL_KEYS.map((level) => (
                        <td key={`${index}-${level}`} className={String(area.level) === level ? 'level--own' : undefined}>{counts[level]}</td>
                      )),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
