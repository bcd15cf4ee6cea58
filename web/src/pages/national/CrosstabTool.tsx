import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingMessage } from '#web/components/LoadingMessage';
import { TableScroll } from '#web/components/TableScroll';
import { WithheldExplanation } from '#web/components/WithheldExplanation';
import { formatShare } from '#web/components/formatters';
import { useCrosstab, type Filters, type RoundQuestions } from './nationalApi';

const ANSWERS = ['yes', 'no'] as const;

/**
 * Any two areas' main answers against each other, e.g. management informed AND action plans (the 2019 report's
 * cross): the section's controls and table, under its heading (NationalPage), rendered when asked for.
 */
export function CrosstabTool({ year, filters, texts }: { year: number; filters: Filters; texts: RoundQuestions }) {
  const { t, i18n } = useTranslation('national');
  const [a, setA] = useState(texts.areas[1]?.key ?? '');
  const [b, setB] = useState(texts.areas[2]?.key ?? '');
  const crosstab = useCrosstab(year, filters, a, b);
  const idA = useId();
  const idB = useId();
  const captionId = useId();
  const title = (key: string) => texts.areas.find((x) => x.key === key)?.title ?? key;
  const cells = crosstab.data?.cells;
  const total = cells ? Object.values(cells).reduce((sum, n) => sum + n, 0) : 0;
  return (
    <>
      <div className="results-controls">
        {[
          { id: idA, label: t('crosstab.a'), value: a, set: setA },
          { id: idB, label: t('crosstab.b'), value: b, set: setB },
        ].map((select) => (
          <div className="field" key={select.id}>
            <label className="field__label" htmlFor={select.id}>
              {select.label}
            </label>
            <select id={select.id} className="field__input" value={select.value} onChange={(e) => select.set(e.target.value)}>
              {texts.areas.map((area) => (
                <option key={area.key} value={area.key}>
                  {area.title}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
      {crosstab.isLoading && <LoadingMessage />}
      {crosstab.data?.suppressed && (
        <div className="national-withheld">
          <p>{t('crosstab.withheld')}</p>
          <WithheldExplanation namespace="national" reasons={[crosstab.data.suppressedReason]} />
        </div>
      )}
      {cells && (
        <>
          <TableScroll labelledBy={captionId}>
            <table className="data-table data-table--compact">
              <caption id={captionId}>{t('crosstab.caption', { a: title(a), b: title(b) })}</caption>
              <thead>
                <tr>
                  <td />
                  {ANSWERS.map((y) => (
                    <th key={y} scope="col">
                      {title(b)}: {t(y)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {ANSWERS.map((x) => (
                  <tr key={x}>
                    <th scope="row">
                      {title(a)}: {t(x)}
                    </th>
                    {ANSWERS.map((y) => (
                      <td key={y}>{cells[`${x}|${y}`]}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <p>{t('crosstab.both', { count: cells['yes|yes'], total, share: formatShare(cells['yes|yes'], total, i18n.language) })}</p>
        </>
      )}
    </>
  );
}
