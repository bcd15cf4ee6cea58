import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { paths, reportPath } from '#web/app/paths';
import { describeApiError } from '#web/api/errorMessages';
import { LoadingMessage } from '#web/components/LoadingMessage';
import { MessagePage } from '#web/components/MessagePage';
import { usePageTitle } from '#web/components/usePageTitle';
import { AdminNav } from '#web/pages/admin/AdminNav';
import { ExportSection } from './ExportSection';
import { InviteSection } from './InviteSection';
import { MonitorSection } from './MonitorSection';
import { ReminderSection } from './ReminderSection';
import { roundQueries, type OnStatus } from './roundAdminApi';
import { StateSection } from './StateSection';
import './rounds.css';

/** One round: window and state, invitations, monitoring, reminders and reopening, and its response file. */
export default function RoundPage() {
  const { t } = useTranslation('rounds');
  const { t: tCommon } = useTranslation();
  const year = Number(useParams().year);
  usePageTitle(t('round.title', { year }));
  const [status, setStatus] = useState<{ message: string; outbox?: boolean }>({ message: '' });
  const onStatus: OnStatus = (message, options) => setStatus({ message, outbox: options?.outbox });
  const rounds = useQuery(roundQueries.rounds());
  const round = rounds.data?.rounds.find((candidate) => candidate.year === year);

  if (rounds.isPending) return <LoadingMessage />;
  if (rounds.error) return <MessagePage title={t('round.title', { year })}>{describeApiError(rounds.error, tCommon)}</MessagePage>;
  if (!round) {
    return (
      <MessagePage title={tCommon('notFound.title')}>
        <p>{t('round.missing', { year })}</p>
        <Link to={paths.adminRounds}>{t('round.backToList')}</Link>
      </MessagePage>
    );
  }
  return (
    <div className="page">
      <AdminNav />
      <p>
        <Link to={paths.adminRounds}>{t('round.backToList')}</Link>
      </p>
      <h1>{t('round.title', { year })}</h1>
      {/* One live region for every action's outcome on this page. */}
      <p role="status" className="status-message">
        {status.message}
        {status.outbox && (
          <>
            {' '}
            <Link to={paths.adminOutbox}>{t('round.openOutbox')}</Link>
          </>
        )}
      </p>
      <StateSection round={round} onStatus={onStatus} />
      {(round.state === 'closed' || round.state === 'published') && (
        <p>
          <Link to={reportPath(round.year)}>{round.state === 'closed' ? t('round.previewReport') : t('round.openReport')}</Link>
        </p>
      )}
      <InviteSection round={round} onStatus={onStatus} />
      <MonitorSection round={round} onStatus={onStatus} />
      <ReminderSection round={round} onStatus={onStatus} />
      <ExportSection round={round} />
    </div>
  );
}
