import { useTranslation } from 'react-i18next';
import { formatShare, type Aggregates, type RoundQuestions } from './nationalApi';

const LEVELS = ['1', '2', '3', '4'] as const;

/** Response rate, yes shares with both denominators, levels and follow-ups: the report's figures as tables. */
export function AreaTables({ aggregates, texts }: { aggregates: Aggregates; texts: RoundQuestions }) {
  const { t, i18n } = useTranslation('national');
  const lang = i18n.language;
  const title = (key: string) => texts.areas.find((a) => a.key === key)?.title ?? key;
  const responses = aggregates.responses!;
  return (
    <>
      <section aria-labelledby="responses-heading">
        <h2 id="responses-heading">{t('responses.heading')}</h2>
        <dl className="results-summary">
          <div><dt>{t('responses.invited')}</dt><dd>{aggregates.invited}</dd></div>
          <div><dt>{t('responses.submitted')}</dt><dd>{responses.submitted}</dd></div>
          <div><dt>{t('responses.draft')}</dt><dd>{responses.draft}</dd></div>
          <div><dt>{t('responses.notStarted')}</dt><dd>{responses.notStarted}</dd></div>
          <div><dt>{t('responses.rate')}</dt><dd>{formatShare(responses.submitted, aggregates.invited, lang)}</dd></div>
        </dl>
      </section>

      <section aria-labelledby="areas-heading">
        <h2 id="areas-heading">{t('areas.heading')}</h2>
        <p>{t('areas.intro')}</p>
        <div className="table-scroll">
          <table className="data-table data-table--compact">
            <caption className="visually-hidden">{t('areas.heading')}</caption>
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
                  <td>{area.answered}</td>
                  <td>{area.yes}</td>
                  <td>{area.no}</td>
                  <td>{formatShare(area.yes, area.answered, lang)}</td>
                  <td>{formatShare(area.yes, aggregates.invited, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="levels-heading">
        <h2 id="levels-heading">{t('levels.heading')}</h2>
        <div className="table-scroll">
          <table className="data-table data-table--compact">
            <caption className="visually-hidden">{t('levels.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('areas.area')}</th>
                {LEVELS.map((level) => <th key={level} scope="col">{t('levels.level', { level })}</th>)}
              </tr>
            </thead>
            <tbody>
              {aggregates.areas.map((area) => (
                <tr key={area.key}>
                  <th scope="row">{title(area.key)}</th>
                  {LEVELS.map((level) => <td key={level}>{area.levels?.[level]}</td>)}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="followup-heading">
        <h2 id="followup-heading">{t('followup.heading')}</h2>
        <p>{t('followup.intro')}</p>
        {aggregates.areas.map((area) => {
          const options = texts.areas.find((a) => a.key === area.key)?.followup.options ?? [];
          const total = options.reduce((sum, o) => sum + (area.followup?.[o.key] ?? 0), 0);
          return (
            <div className="table-scroll" key={area.key}>
              <table className="data-table data-table--compact">
                <caption>{title(area.key)} ({t('followup.total', { count: total })})</caption>
                <thead>
                  <tr><th scope="col">{t('followup.option')}</th><th scope="col">{t('followup.count')}</th><th scope="col">%</th></tr>
                </thead>
                <tbody>
                  {options.map((option) => (
                    <tr key={option.key}>
                      <th scope="row">{option.label}</th>
                      <td>{area.followup?.[option.key] ?? 0}</td>
                      <td>{formatShare(area.followup?.[option.key] ?? 0, total, lang)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          );
        })}
      </section>
    </>
  );
}
