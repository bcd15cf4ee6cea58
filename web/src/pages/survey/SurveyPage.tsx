import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MyRound } from '#shared/api/responses';
import { surveyPaths } from '#web/app/paths';
import { QueryStatus } from '#web/components/QueryStatus';
import { usePageTitle } from '#web/components/usePageTitle';
import { formatDateTime } from './format';
import { progressText } from './progress';
import { roundPhase, roundTimeText, type RoundPhase } from './roundPhase';
import { StatusBadge } from './StatusBadge';
import { useMyRounds } from './surveyApi';
import './survey.css';

/** The respondent's survey rounds: one card per round and organisation, with status and deadline. */
export default function SurveyPage() {
  const { t } = useTranslation('survey');
  usePageTitle(t('rounds.title'));
  const rounds = useMyRounds();

  return (
    <div className="page">
      <h1>{t('rounds.title')}</h1>
      <p className="lead">{t('rounds.intro')}</p>
      <QueryStatus query={rounds} />
      {rounds.data?.rounds.length === 0 && <p>{t('rounds.empty')}</p>}
      {rounds.data && rounds.data.rounds.length > 0 && (
        <ul className="survey-rounds">
          {rounds.data.rounds.map((round) => (
            <RoundCard key={`${round.year}-${round.organisation.id}`} round={round} />
          ))}
        </ul>
      )}
    </div>
  );
}

function RoundCard({ round }: { round: MyRound }) {
  const { t, i18n } = useTranslation('survey');
  const headingId = `round-${round.year}-${round.organisation.id}`;
  const phase = roundPhase(round);
  return (
    <li className="survey-round" aria-labelledby={headingId}>
      <h2 id={headingId} className="survey-round__title">
        {t('rounds.roundTitle', { year: round.year })} – {round.organisation.name}
      </h2>
      <p>
        <StatusBadge status={round.status} />
      </p>
      <p>{roundTimeText(t, round, i18n.language)}</p>
      {round.invited ? (
        <>
          {phase !== 'notYetOpen' && (
            <p>{progressText(t, { answered: round.answeredAreas, toConfirm: round.unconfirmedAreas, total: round.totalAreas })}</p>
          )}
          {round.submittedAt && <p>{t('rounds.submittedOn', { date: formatDateTime(round.submittedAt, i18n.language) })}</p>}
          <Link className="button" to={surveyPaths.form(round.year, round.organisation.id)}>
            {t(`rounds.${roundAction(round, phase)}`)}
            <span className="survey-sr-only">
              {' '}
              – {t('rounds.roundTitle', { year: round.year })}, {round.organisation.name}
            </span>
          </Link>
        </>
      ) : (
        <p>{t('rounds.notInvited')}</p>
      )}
    </li>
  );
}

/** What the round's link offers: to answer only while the caller can; otherwise to read what there is. */
function roundAction(round: MyRound, phase: RoundPhase): 'open' | 'continue' | 'viewAnswers' | 'viewQuestions' {
  if (round.status === 'submitted') return 'viewAnswers';
  if (round.canWrite) return round.status === 'not_started' ? 'open' : 'continue';
  if (phase === 'notYetOpen' || round.status === 'not_started') return 'viewQuestions';
  return 'viewAnswers';
}
