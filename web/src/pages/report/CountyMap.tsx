import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { countyMap, type CountyCollection } from '#shared/report/county-map';
import { formatN, formatPercent, roundedPercentScaled, WITHHELD_MARK } from '#shared/report/numbers';
import type { ReportLanguage } from '#shared/report/phrasing';
import { TableScroll } from '#web/components/TableScroll';
import counties from '../../../../data/geo/sverige-lan.json';
import type { ReportCounty } from './reportApi';

const MAP = countyMap(counties as CountyCollection, { width: 300 });

/** Five classes of 20 points, light to dark (each step distinguishable; the table holds the exact figures). */
const CLASSES = ['#deebf7', '#9ecae1', '#6baed6', '#3182bd', '#08519c'];
const classOf = (share: number) => Math.min(4, Math.floor(share / 20));

/** The middle of a path's bounding box: where a county's withheld mark goes. */
function centreOf(d: string): [number, number] {
  const numbers = d.match(/-?\d+(\.\d+)?/g)?.map(Number) ?? [];
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (let i = 0; i + 1 < numbers.length; i += 2) {
    minX = Math.min(minX, numbers[i]!);
    maxX = Math.max(maxX, numbers[i]!);
    minY = Math.min(minY, numbers[i + 1]!);
    maxY = Math.max(maxY, numbers[i + 1]!);
  }
  return [(minX + maxX) / 2, (minY + maxY) / 2];
}

type Props = { figures: ReportCounty[]; areaKey: string; areaTitle: string; figureNumber: number; tableNumber: number };

/**
 * The choropleth of one area's yes share per county (of those in the county
 * that answered). Every county is a stop for the keyboard and names its
 * figure; withheld counties are hatched and marked "..", never coloured as
 * 0; the table under the map is its alternative.
 */
export function CountyMap({ figures, areaKey, areaTitle, figureNumber, tableNumber }: Props) {
  const { t, i18n } = useTranslation('report');
  const language: ReportLanguage = i18n.language === 'en' ? 'en' : 'sv';
  const hatch = `${useId().replace(/:/g, '')}-hatch`;
  const [focused, setFocused] = useState<string | null>(null);

  const rows = useMemo(
    () =>
      MAP.paths.map((path) => {
        const county = figures.find((c) => c.code === path.code);
        const area = county?.areas.find((a) => a.key === areaKey);
        const shown = area && !area.suppressed && area.answered !== null && area.yes !== null && area.answered > 0 ? area : null;
        return { ...path, name: county?.name ?? path.name, centre: centreOf(path.d), yes: shown?.yes ?? null, answered: shown?.answered ?? null };
      }),
    [figures, areaKey],
  );

  const describe = (row: (typeof rows)[number]) =>
    row.yes === null || row.answered === null
      ? t('map.withheldCounty', { county: row.name })
      : t('map.countyValue', { county: row.name, share: formatPercent(row.yes, row.answered, language), n: formatN(row.answered, language) });

  const current = rows.find((row) => row.code === focused);

  return (
    <>
      <figure className="report-figure report-map">
        <svg className="report-map__svg" viewBox={MAP.viewBox} role="group" aria-label={t('map.label', { area: areaTitle })} data-testid="county-map">
          <defs>
            <pattern id={hatch} patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
              <rect width="6" height="6" fill="#ffffff" />
              <line x1="0" y1="0" x2="0" y2="6" stroke="#555555" strokeWidth="2" />
            </pattern>
          </defs>
          {rows.map((row) => (
            <path
              key={row.code}
              d={row.d}
              fillRule="evenodd"
              className="report-map__county"
              data-code={row.code}
              data-withheld={row.yes === null ? 'true' : undefined}
              fill={row.yes === null || row.answered === null ? `url(#${hatch})` : CLASSES[classOf(roundedPercentScaled(row.yes, row.answered))]}
              tabIndex={0}
              role="img"
              aria-label={describe(row)}
              onFocus={() => setFocused(row.code)}
              onBlur={() => setFocused((code) => (code === row.code ? null : code))}
              onMouseEnter={() => setFocused(row.code)}
            >
              <title>{describe(row)}</title>
            </path>
          ))}
          {rows
            .filter((row) => row.yes === null)
            .map((row) => (
              <text key={row.code} x={row.centre[0]} y={row.centre[1]} className="report-map__mark" textAnchor="middle" aria-hidden="true">
                {WITHHELD_MARK}
              </text>
            ))}
        </svg>
        <p className="report-map__current" aria-hidden="true">
          {current ? describe(current) : ' '}
        </p>
        <div className="report-map__legend">
          <p className="report-map__legend-title">{t('map.legend')}</p>
          <ul>
            {CLASSES.map((colour, index) => (
              <li key={colour}>
                <span className="report-map__swatch" style={{ background: colour }} aria-hidden="true" />
                {index * 20}–{index === 4 ? 100 : index * 20 + 19} %
              </li>
            ))}
            <li>
              <svg className="report-map__swatch" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
                <rect width="12" height="12" fill={`url(#${hatch})`} />
              </svg>
              {t('map.hatched')} ({WITHHELD_MARK})
            </li>
          </ul>
        </div>
        <figcaption>
          <span className="report-number">{t('figure', { number: figureNumber })}.</span> {t('map.caption', { area: areaTitle })}
        </figcaption>
      </figure>
      <div className="report-table-wrap">
        <TableScroll labelledBy={`${hatch}-caption`}>
          <table className="report-table">
            <caption id={`${hatch}-caption`}>
              <span className="report-number">{t('table', { number: tableNumber })}.</span> {t('map.caption', { area: areaTitle })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('map.county')}</th>
                <th scope="col">{t('summary.yesShare')}</th>
                <th scope="col">{t('summary.answered')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.code}>
                  <th scope="row">{row.name}</th>
                  <td>{row.yes === null || row.answered === null ? WITHHELD_MARK : formatPercent(row.yes, row.answered, language)}</td>
                  <td>{row.answered === null ? WITHHELD_MARK : row.answered}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </div>
    </>
  );
}
