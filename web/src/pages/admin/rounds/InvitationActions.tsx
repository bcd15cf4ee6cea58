import { useRef, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ApiError } from '#web/api/client';
import { describeApiError } from '#web/api/errorMessages';
import { formatTimestamp } from '#web/pages/admin/format';
import { ConfirmAction } from '#web/components/Confirm';
import { resendInvitation, roundKeys, withdrawInvitation, type MonitorOrganisation, type Round, type OnStatus } from './roundAdminApi';

type Props = {
  round: Round;
  organisation: MonitorOrganisation;
  onStatus: OnStatus;
  /** Called once the withdrawn organisation's row is gone, to put focus somewhere that still exists. */
  onWithdrawn: () => void;
};

type Problem = { message: string; recentlyMailed: boolean };

/**
 * Resend the invitation to one organisation that has not submitted, or
 * withdraw it while the organisation has not started answering (the server
 * decides; a refusal is shown in the row and announced in the page's status
 * region).
 */
export function InvitationActions({ round, organisation, onStatus, onWithdrawn }: Props) {
  const { t, i18n } = useTranslation('rounds');
  const { t: tCommon } = useTranslation();
  const queryClient = useQueryClient();
  const [problem, setProblem] = useState<Problem>();
  const resendRef = useRef<HTMLButtonElement>(null);
  const withdraw = useMutation({ mutationFn: () => withdrawInvitation(round.year, organisation.id) });
  const resend = useMutation({ mutationFn: (minIntervalHours?: number) => resendInvitation(round.year, organisation.id, { minIntervalHours }) });
  const name = organisation.name;

  async function attempt(action: () => Promise<void>) {
    setProblem(undefined);
    try {
      await action();
    } catch (error) {
      const message = describeRefusal(error, name, t, tCommon, i18n.language);
      setProblem({ message, recentlyMailed: error instanceof ApiError && error.code === 'recently_mailed' });
      onStatus(message);
      if (error instanceof ApiError && error.status === 404) await queryClient.invalidateQueries({ queryKey: roundKeys.monitor(round.year) });
    }
  }

  const sendAgain = (minIntervalHours?: number) =>
    attempt(async () => {
      const result = await resend.mutateAsync(minIntervalHours);
      if (result.delivery === 'outbox') onStatus(t('invitation.resentWaiting', { name, to: result.to }), { outbox: true });
      else onStatus(t('invitation.resent', { name, to: result.to }));
    });

  const withdrawNow = () =>
    attempt(async () => {
      await withdraw.mutateAsync();
      onStatus(t('invitation.withdrawn', { name }));
      await queryClient.invalidateQueries({ queryKey: roundKeys.monitor(round.year) });
      onWithdrawn();
    });

  return (
    <div className="row-actions">
      <button
        ref={resendRef}
        type="button"
        className="button button--secondary button--small"
        onClick={() => {
          if (!resend.isPending) void sendAgain();
        }}
      >
        {t('invitation.resend')}
        <span className="visually-hidden">{` – ${name}`}</span>
      </button>
      {organisation.status === 'not_started' && (
        <ConfirmAction
          label={t('invitation.withdraw')}
          context={name}
          question={t('invitation.withdrawQuestion', { name, year: round.year })}
          confirmLabel={t('invitation.withdrawConfirm')}
          onConfirm={() => void withdrawNow()}
          className="button button--secondary button--small"
        />
      )}
      {problem && <p className="field__error">{problem.message}</p>}
      {problem?.recentlyMailed && (
        <ConfirmAction
          label={t('invitation.resendAnyway')}
          context={name}
          question={t('invitation.resendAnywayQuestion', { name })}
          confirmLabel={t('invitation.resendAnywayConfirm')}
          // The question goes away with the refusal: focus returns to the resend button.
          onConfirm={() => void sendAgain(0).then(() => resendRef.current?.focus())}
          className="button button--secondary button--small"
        />
      )}
    </div>
  );
}

/** The server's refusals in the reader's language; the English message is the fallback. */
function describeRefusal(error: unknown, name: string, t: TFunction<'rounds'>, tCommon: TFunction<'common'>, language: string): string {
  if (!(error instanceof ApiError)) return describeApiError(error, tCommon);
  switch (error.code) {
    case 'invitation_answered':
      return t('invitation.errors.answered', { name });
    case 'no_contact_address':
      return t('invitation.errors.noContact', { name });
    case 'round_closed':
      return t('invitation.errors.roundClosed');
    case 'not_found':
      return t('invitation.errors.notInvited', { name });
    case 'recently_mailed': {
      const details = error.detailsFor('recently_mailed');
      if (!details) break;
      const [at, next] = [formatTimestamp(details.lastMailedAt, language), formatTimestamp(details.nextAllowedAt, language)];
      return t('invitation.errors.recentlyMailed', { name, at, next });
    }
  }
  return describeApiError(error, tCommon);
}
