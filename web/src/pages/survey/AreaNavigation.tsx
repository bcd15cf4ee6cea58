import { useTranslation } from 'react-i18next';
import type { AreaNavState } from './progress';
import { areaElementId, focusArea, useMediaQuery } from './useCurrentArea';

export type NavArea = { key: string; position: number; title: string; state: AreaNavState };

type Props = {
  areas: readonly NavArea[];
  current: string | undefined;
  onJump: (key: string) => void;
};

// Wide enough for a side column beside a 48rem survey: the navigation then stays in view.
export const WIDE_LAYOUT = '(min-width: 68rem)';

const STATE_MARKS: Record<AreaNavState, string> = { answered: '✓', to_confirm: '↺', followup_missing: '!', unanswered: '–' };

/** The survey's ten areas in order, each with its state in words and a mark; a link moves focus to the area. */
export function AreaNavigation({ areas, current, onJump }: Props) {
  const { t } = useTranslation('survey');
  const wide = useMediaQuery(WIDE_LAYOUT);
  const list = (
    <ol className="survey-nav__list">
      {areas.map((area) => (
        <li key={area.key}>
          <a
            className="survey-nav__link"
            href={`#${areaElementId(area.key)}`}
            aria-current={area.key === current ? 'location' : undefined}
            data-state={area.state}
            onClick={(event) => {
              if (!focusArea(area.key)) return;
              event.preventDefault();
              onJump(area.key);
            }}
          >
            <span className="survey-nav__title">{t('form.areaHeading', { position: area.position, title: area.title })}</span>
            <span className={`survey-nav__state survey-nav__state--${area.state}`}>
              <span className="survey-nav__mark" aria-hidden="true">
                {STATE_MARKS[area.state]}
              </span>
              {t(`areaState.${area.state}`)}
            </span>
          </a>
        </li>
      ))}
    </ol>
  );

  return (
    <nav className="survey-nav" aria-label={t('nav.label')} data-testid="area-nav">
      {wide ? (
        <>
          <h2 className="survey-nav__heading">{t('nav.heading')}</h2>
          {list}
        </>
      ) : (
        <details className="survey-nav__disclosure">
          <summary className="survey-nav__summary">{t('nav.jump')}</summary>
          {list}
        </details>
      )}
    </nav>
  );
}
