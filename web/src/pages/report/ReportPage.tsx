import { useState, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiError } from '#web/api/client';
import { hasAnyRole, useSession } from '#web/auth/session';
import { LoadingMessage } from '#web/components/LoadingMessage';
import { MessagePage } from '#web/components/MessagePage';
import { QueryStatus } from '#web/components/QueryStatus';
import { TableScroll } from '#web/components/TableScroll';
import { usePageTitle } from '#web/components/usePageTitle';
import type { LocalizedText } from '#shared/question-bank/schema';
import { formatInteger, formatN, formatPercent, WITHHELD_MARK } from '#shared/report/numbers';
import { responseSummarySentence, type ReportLanguage } from '#shared/report/phrasing';
import { crosstabSentence, levelSentence, questionChangedNote, yesSentence } from '#shared/report/sentences';
import { CommentaryForm } from './CommentaryForm';
import { CountyMap } from './CountyMap';
import { LevelColumns, ShareBars, StackedBar } from './ReportCharts';
import { reportQuery, type Report, type ReportArea } from './reportApi';
import './report.css';

const ANALYSTS = ['analyst', 'admin'] as const;

/**
 * The national report of a published round (`/rapport/:year`), public; for
 * analysts and administrators the preview of a closed round with a
 * commentary form per section. Every sentence with a number is written by
 * shared/report/ from the figures (docs/report-phrasing.md); every chart has
 * its table.
 */
export default function ReportPage() {
  const { t } = useTranslation('report');
  const { year: yearParam } = useParams();
  const year = Number(yearParam);
  const valid = Number.isInteger(year) && year >= 2000 && year <= 2100;
  const session = useSession();
  const preview = hasAnyRole(session.user, ANALYSTS);
  const query = useQuery({ ...reportQuery(year, preview), enabled: valid && !session.isLoading });
  usePageTitle(t('pageTitle', { year: valid ? year : '' }));

  if (!valid || (query.error instanceof ApiError && query.error.status === 404)) {
    return (
      <MessagePage title={t('pageTitle', { year: yearParam ?? '' })}>
        <p>{t('notFound', { year: yearParam ?? '' })}</p>
      </MessagePage>
    );
  }
  if (query.error instanceof ApiError && query.error.code === 'round_not_closed') {
    return (
      <MessagePage title={t('pageTitle', { year })}>
        <p>{t('notClosed', { year })}</p>
      </MessagePage>
    );
  }
  if (session.isLoading) return <LoadingMessage />;
  if (!query.data) return <QueryStatus query={query} />;
  return <ReportView report={query.data} editable={preview && query.data.state === 'closed'} />;
}

type Numbering = { figure: () => number; table: () => number };

function ReportView({ report, editable }: { report: Report; editable: boolean }) {
  const { t, i18n } = useTranslation('report');
  const language: ReportLanguage = i18n.language === 'en' ? 'en' : 'sv';
  const text = (localized: LocalizedText) => localized[language];
  const population = report.population;
  const [mapArea, setMapArea] = useState(report.areas[0]?.key ?? '');
  const date = (iso: string) => new Intl.DateTimeFormat(language === 'sv' ? 'sv-SE' : 'en-GB', { dateStyle: 'long' }).format(new Date(iso));
  const pct = (count: number, of: number) => formatPercent(count, of, language);
  const counter = { figure: 0, table: 0 };
  const numbering: Numbering = { figure: () => ++counter.figure, table: () => ++counter.table };

  const crosstabAreas = report.crosstab
    ? { a: report.areas.find((area) => area.key === report.crosstab!.a), b: report.areas.find((area) => area.key === report.crosstab!.b) }
    : null;
  const sections: { id: string; key: string; title: string }[] = [
    { id: 'sammanfattning', key: 'summary', title: t('sections.summary') },
    { id: 'lan', key: 'counties', title: t('sections.counties') },
    ...report.areas.map((area) => ({ id: `omrade-${area.key}`, key: area.key, title: text(area.title) })),
    { id: 'korstabell', key: 'crosstab', title: t('sections.crosstab') },
    { id: 'metod', key: 'method', title: t('sections.method') },
  ];
  const numberOf = (id: string) => sections.findIndex((section) => section.id === id) + 1;

  const section = (id: string, lead: ReactNode, body: ReactNode) => {
    const entry = sections.find((s) => s.id === id)!;
    return (
      <Section
        key={id}
        id={id}
        number={numberOf(id)}
        title={entry.title}
        year={report.year}
        sectionKey={entry.key}
        commentary={report.commentary[entry.key]?.body ?? null}
        commentaryBy={report.commentary[entry.key]}
        editable={editable}
        date={date}
        lead={lead}
      >
        {body}
      </Section>
    );
  };

  const summary = report.summary;
  // Numbers in page order: the summary's, the map's, each area's, then the cross-tabulation's.
  const figYes = numbering.figure();
  const summaryTables = [numbering.table(), numbering.table()] as const;
  const mapNumbers = { figure: numbering.figure(), table: numbering.table() };
  const areaNumbers = new Map(
    report.areas.map((area) => {
      const { followup, yes, levels, answered } = area.figures;
      return [
        area.key,
        {
          followupFigure: followup && yes ? numbering.figure() : null,
          followupTable: numbering.table(),
          levelFigure: levels && answered ? numbering.figure() : null,
          levelTable: numbering.table(),
          trendTable: area.trend.length > 0 ? numbering.table() : null,
        },
      ] as const;
    }),
  );
  const crosstabTable = numbering.table();

  return (
    <article className="report" lang={language}>
      <header className="report-cover">
        <p className="report-cover__kicker">{t('coverKicker')}</p>
        <h1>{t(`title.${population}`, { year: report.year })}</h1>
        <p className="report-cover__text">{t('coverText')}</p>
        {report.state === 'published' && report.publishedAt ? (
          <p className="report-cover__published">
            {report.publishedBy
              ? t('publishedBy', { date: date(report.publishedAt), name: report.publishedBy })
              : t('publishedOn', { date: date(report.publishedAt) })}
          </p>
        ) : (
          <p className="report-cover__preview" role="note">
            {t('preview')}
          </p>
        )}
        <p className="report-cover__source">{t('source', { year: report.year, version: report.bankVersion, bankSource: text(report.source) })}</p>
        <p>
          <button type="button" className="button" onClick={() => window.print()}>
            {t('print')}
          </button>
        </p>
      </header>

      <nav className="report-contents" aria-labelledby="report-contents-title">
        <h2 id="report-contents-title">{t('contents')}</h2>
        <ol>
          {sections.map((entry) => (
            <li key={entry.id}>
              <a href={`#${entry.id}`}>{entry.title}</a>
            </li>
          ))}
        </ol>
      </nav>

      {section(
        'sammanfattning',
        <p>
          {responseSummarySentence(
            { invited: summary.invited, complete: summary.complete, partial: summary.partial, missing: summary.missing },
            language,
            population,
          )}
        </p>,
        <>
          <TableBlock number={summaryTables[0]} caption={t('summary.tableCaption')}>
            <thead>
              <tr>
                <th scope="col">{t('summary.status')}</th>
                <th scope="col">{t('summary.count')}</th>
              </tr>
            </thead>
            <tbody>
              {(['complete', 'partial', 'missing'] as const).map((key) => (
                <tr key={key}>
                  <th scope="row">{t(`summary.${key}`)}</th>
                  <td>{summary[key] === null ? WITHHELD_MARK : formatInteger(summary[key], language)}</td>
                </tr>
              ))}
              <tr>
                <th scope="row">{t('summary.invited')}</th>
                <td>{formatInteger(summary.invited, language)}</td>
              </tr>
            </tbody>
          </TableBlock>
          <figure className="report-figure">
            <ShareBars
              rows={report.areas.map((area) => ({ label: text(area.title), count: area.figures.yes, of: area.figures.answered }))}
              format={pct}
            />
            <figcaption>
              <span className="report-number">{t('figure', { number: figYes })}.</span> {t('summary.yesChart')}
            </figcaption>
          </figure>
          <TableBlock number={summaryTables[1]} caption={t('summary.yesChart')}>
            <thead>
              <tr>
                <th scope="col">{t('summary.area')}</th>
                <th scope="col">{t('summary.yesShare')}</th>
                <th scope="col">{t('summary.answered')}</th>
                <th scope="col">{t('summary.yesOfInvited')}</th>
              </tr>
            </thead>
            <tbody>
              {report.areas.map((area) => (
                <tr key={area.key}>
                  <th scope="row">{text(area.title)}</th>
                  <td>{shareCell(area.figures.yes, area.figures.answered, pct)}</td>
                  <td>{area.figures.answered ?? WITHHELD_MARK}</td>
                  <td>{shareCell(area.figures.yes, summary.invited, pct)}</td>
                </tr>
              ))}
            </tbody>
          </TableBlock>
          <p className="report-legend">{t('withheldLegend')}</p>
        </>,
      )}

      {section(
        'lan',
        <p>{t('map.intro')}</p>,
        <>
          <div className="report-map__control">
            <label htmlFor="report-map-area">{t('map.measure')}</label>
            <select id="report-map-area" value={mapArea} onChange={(event) => setMapArea(event.target.value)}>
              {report.areas.map((area) => (
                <option key={area.key} value={area.key}>
                  {text(area.title)}
                </option>
              ))}
            </select>
          </div>
          <CountyMap
            figures={report.counties}
            areaKey={mapArea}
            areaTitle={text(report.areas.find((area) => area.key === mapArea)?.title ?? { sv: '', en: '' })}
            figureNumber={mapNumbers.figure}
            tableNumber={mapNumbers.table}
          />
          <p className="report-legend">{t('withheldLegend')}</p>
        </>,
      )}

      {report.areas.map((area) =>
        section(
          `omrade-${area.key}`,
          <AreaLead area={area} report={report} language={language} />,
          <AreaFigures area={area} report={report} language={language} numbers={areaNumbers.get(area.key)!} />,
        ),
      )}

      {section(
        'korstabell',
        <p>{report.crosstab ? crosstabSentence(report.crosstab, language, population) : t('crosstab.none')}</p>,
        report.crosstab && crosstabAreas?.a && crosstabAreas.b && (
          <TableBlock
            number={crosstabTable}
            caption={t('crosstab.caption', { a: `”${text(crosstabAreas.a.title)}”`, b: `”${text(crosstabAreas.b.title)}”` })}
          >
            <thead>
              <tr>
                <td />
                <th scope="col">
                  {text(crosstabAreas.b.title)}: {t('crosstab.yes')}
                </th>
                <th scope="col">
                  {text(crosstabAreas.b.title)}: {t('crosstab.no')}
                </th>
              </tr>
            </thead>
            <tbody>
              {(['yes', 'no'] as const).map((a) => (
                <tr key={a}>
                  <th scope="row">
                    {text(crosstabAreas.a!.title)}: {t(`crosstab.${a}`)}
                  </th>
                  {(['yes', 'no'] as const).map((b) => (
                    <td key={b}>{report.crosstab!.cells ? formatInteger(report.crosstab!.cells[`${a}|${b}`], language) : WITHHELD_MARK}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </TableBlock>
        ),
      )}

      {section(
        'metod',
        <>
          <p>{t('method.basis')}</p>
          <p>{t('method.disclosure', { threshold: report.threshold })}</p>
          <p>{t('method.phrasing')}</p>
          <p>{t('method.trends')}</p>
        </>,
        <p className="report-source">{t('source', { year: report.year, version: report.bankVersion, bankSource: text(report.source) })}</p>,
      )}
    </article>
  );
}

const shareCell = (count: number | null, of: number | null, pct: (count: number, of: number) => string) =>
  count === null || of === null ? WITHHELD_MARK : of === 0 ? '–' : pct(count, of);

function AreaLead({ area, report, language }: { area: ReportArea; report: Report; language: ReportLanguage }) {
  return (
    <>
      <p>{yesSentence(area.figures, report.summary.invited, area.mainQuestion[language], language, report.population)}</p>
      <p>{levelSentence(area.figures, report.summary.invited, area.title[language], language, report.population)}</p>
    </>
  );
}

type AreaNumbers = {
  followupFigure: number | null;
  followupTable: number;
  levelFigure: number | null;
  levelTable: number;
  trendTable: number | null;
};

function AreaFigures({ area, report, language, numbers }: { area: ReportArea; report: Report; language: ReportLanguage; numbers: AreaNumbers }) {
  const { t } = useTranslation('report');
  const pct = (count: number, of: number) => formatPercent(count, of, language);
  const figures = area.figures;
  const yes = figures.yes;
  const followup = figures.followup;
  const levels = figures.levels;
  const levelTitle = (level: number) => `${t('area.level')} ${level}`;
  const followupCaption = t('area.followupChart', { question: area.followupQuestion[language] });
  const changed = area.trend.filter((point) => point.questionChanged).map((point) => point.year);
  const note = questionChangedNote(changed, language);
  const {
    followupFigure: figFollowup,
    followupTable: tableFollowup,
    levelFigure: figLevels,
    levelTable: tableLevels,
    trendTable: tableTrend,
  } = numbers;
  return (
    <>
      {followup && yes !== null && yes > 0 && figFollowup !== null ? (
        <figure className="report-figure">
          <StackedBar segments={area.options.map((option) => ({ label: option.label[language], count: followup[option.key] ?? 0 }))} />
          <figcaption>
            <span className="report-number">{t('figure', { number: figFollowup })}.</span> {followupCaption}
          </figcaption>
        </figure>
      ) : null}
      <TableBlock number={tableFollowup} caption={followupCaption}>
        <thead>
          <tr>
            <th scope="col">{t('area.option')}</th>
            <th scope="col">{t('area.count')}</th>
            <th scope="col">{t('area.share')}</th>
          </tr>
        </thead>
        <tbody>
          {area.options.map((option) => (
            <tr key={option.key}>
              <th scope="row">{option.label[language]}</th>
              <td>{followup ? formatInteger(followup[option.key] ?? 0, language) : WITHHELD_MARK}</td>
              <td>{shareCell(followup ? (followup[option.key] ?? 0) : null, yes, pct)}</td>
            </tr>
          ))}
        </tbody>
      </TableBlock>
      {levels && figures.answered && figLevels !== null ? (
        <figure className="report-figure">
          <LevelColumns
            levels={report.levels.map((level) => ({ level: level.level, count: levels[String(level.level) as keyof typeof levels] }))}
            answered={figures.answered}
            label={levelTitle}
            format={pct}
          />
          <figcaption>
            <span className="report-number">{t('figure', { number: figLevels })}.</span> {t('area.levelChart')} ({formatN(figures.answered, language)}
            )
          </figcaption>
        </figure>
      ) : null}
      <TableBlock number={tableLevels} caption={t('area.levelChart')}>
        <thead>
          <tr>
            <th scope="col">{t('area.level')}</th>
            <th scope="col">{t('area.count')}</th>
            <th scope="col">{t('area.share')}</th>
          </tr>
        </thead>
        <tbody>
          {report.levels.map((level) => {
            const count = levels ? levels[String(level.level) as keyof typeof levels] : null;
            return (
              <tr key={level.level}>
                <th scope="row">
                  {level.level}. {level.title[language]}
                </th>
                <td>{count === null ? WITHHELD_MARK : formatInteger(count, language)}</td>
                <td>{shareCell(count, figures.answered, pct)}</td>
              </tr>
            );
          })}
        </tbody>
      </TableBlock>
      {tableTrend !== null && (
        <TableBlock number={tableTrend} caption={t('area.trendCaption')} note={note}>
          <thead>
            <tr>
              <th scope="col">{t('area.year')}</th>
              <th scope="col">{t('summary.yesOfInvited')}</th>
              <th scope="col">{t('summary.answered')}</th>
            </tr>
          </thead>
          <tbody>
            {[
              ...area.trend,
              { year: report.year, invited: report.summary.invited, yes: figures.yes, answered: figures.answered, questionChanged: false },
            ].map((point) => (
              <tr key={point.year}>
                <th scope="row">
                  {point.year}
                  {point.questionChanged ? ' *' : ''}
                </th>
                <td>{shareCell(point.yes, point.invited, pct)}</td>
                <td>{point.answered ?? WITHHELD_MARK}</td>
              </tr>
            ))}
          </tbody>
        </TableBlock>
      )}
    </>
  );
}

function TableBlock({ number, caption, note, children }: { number: number; caption: string; note?: string | null; children: ReactNode }) {
  const { t } = useTranslation('report');
  const captionId = `report-table-${number}`;
  return (
    <div className="report-table-wrap">
      <TableScroll labelledBy={captionId}>
        <table className="report-table">
          <caption id={captionId}>
            <span className="report-number">{t('table', { number })}.</span> {caption}
          </caption>
          {children}
        </table>
      </TableScroll>
      {note && <p className="report-note">* {note}</p>}
    </div>
  );
}

type SectionProps = {
  id: string;
  number: number;
  title: string;
  year: number;
  sectionKey: string;
  commentary: string | null;
  commentaryBy: Report['commentary'][string] | undefined;
  editable: boolean;
  date: (iso: string) => string;
  lead: ReactNode;
  children: ReactNode;
};

/** One section, a new page in print: the generated text with the analysts' commentary beside it, then its figures and tables. */
function Section({ id, number, title, year, sectionKey, commentary, commentaryBy, editable, date, lead, children }: SectionProps) {
  const { t } = useTranslation('report');
  const hasAside = commentary !== null || editable;
  return (
    <section id={id} className="report-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        <span className="report-section__number">{number}</span> {title}
      </h2>
      <div className={hasAside ? 'report-section__lead report-section__lead--with-aside' : 'report-section__lead'}>
        <div className="report-section__text">{lead}</div>
        {hasAside && (
          <aside className="report-commentary" aria-labelledby={`${id}-commentary-title`}>
            <h3 id={`${id}-commentary-title`}>{t('commentary.title')}</h3>
            {commentary !== null && (
              <>
                {commentary.split(/\n{2,}/).map((paragraph, index) => (
                  <p key={index}>{paragraph}</p>
                ))}
                {commentaryBy?.updatedBy && (
                  <p className="report-commentary__by">{t('commentary.by', { name: commentaryBy.updatedBy, date: date(commentaryBy.updatedAt) })}</p>
                )}
              </>
            )}
            {editable && <CommentaryForm year={year} section={sectionKey} body={commentary ?? ''} />}
          </aside>
        )}
      </div>
      {children}
    </section>
  );
}
