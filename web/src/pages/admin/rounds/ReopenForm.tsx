import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Field, fieldAria } from '#web/forms/Field';
import { useActionProblem } from '#web/forms/useActionProblem';
import { ConfirmAction } from './ConfirmAction';
import { reopenResponse, roundKeys, type MonitorOrganisation, type Round, type OnStatus } from './roundAdminApi';

type Props = { round: Round; organisation: MonitorOrganisation; onStatus: OnStatus };

/** Reopens a submitted response on the organisation's request; the reason goes to the audit log. */
export function ReopenForm({ round, organisation, onStatus }: Props) {
  const { t } = useTranslation('rounds');
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const { problem, refuse, attempt } = useActionProblem();
  const reopen = useMutation({ mutationFn: () => reopenResponse(round.year, organisation.id, reason.trim()) });
  const fieldId = `reopen-reason-${organisation.id}`;

  async function confirm() {
    if (reason.trim().length < 3) return refuse(t('reopen.reasonRequired'));
    await attempt(async () => {
      await reopen.mutateAsync();
      await queryClient.invalidateQueries({ queryKey: roundKeys.monitor(round.year) });
      onStatus(t('reopen.done', { name: organisation.name }));
    });
  }

  return (
    <details>
      <summary>
        {t('reopen.title')}
        <span className="visually-hidden">{` – ${organisation.name}`}</span>
      </summary>
      <Field id={fieldId} label={t('reopen.reason', { name: organisation.name })} error={problem}>
        <textarea
          id={fieldId}
          className="field__input"
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          {...fieldAria(fieldId, { error: problem })}
        />
      </Field>
      <ConfirmAction
        label={t('reopen.submit')}
        question={t('reopen.question', { name: organisation.name })}
        confirmLabel={t('reopen.confirm')}
        onConfirm={() => void confirm()}
        disabled={reopen.isPending}
        className="button button--small"
      />
    </details>
  );
}
