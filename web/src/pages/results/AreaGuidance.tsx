import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationResults } from './resultsApi';

/** What the organisation's level means in each area, and what the next level takes. */
export const AreaGuidance = memo(function AreaGuidance({ results }: { results: OrganisationResults }) {
  const { t } = useTranslation('results');
  const levelText = (level: number) => results.levelTexts.find((l) => l.level === level);
  return (
    <section aria-labelledby="meaning-heading" className="results-guidance">
      <h2 id="meaning-heading">{t('meaning.heading')}</h2>
      {results.areas.map((area) => (
        <article key={area.key} className="results-area" aria-labelledby={`area-${area.key}`}>
          <h3 id={`area-${area.key}`}>{area.title}</h3>
          {area.level === null ? (
            <p>{t('meaning.notScored')}</p>
          ) : (
            <p className="results-area__meaning">
              <strong>{t('meaning.current', { level: area.level })}</strong> {levelText(area.level)?.description}
            </p>
          )}
          {area.nextStep ? (
            <p>
              <strong>{t('meaning.next', { level: area.nextStep.toLevel })}</strong> {area.nextStep.text}
            </p>
          ) : (
            area.level === 4 && <p>{t('meaning.top')}</p>
          )}
        </article>
      ))}
    </section>
  );
});
