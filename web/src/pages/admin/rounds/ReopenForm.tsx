import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { reopenBodySchema } from '#shared/api/round-admin';
import { Form, FormTextArea } from '#web/forms/Form';
import { showServerError } from '#web/forms/serverErrors';
import { useSchemaForm } from '#web/forms/useSchemaForm';
import { LazyDetails } from '#web/pages/admin/LazyDetails';
import { ConfirmAction } from '#web/components/Confirm';
import { reopenResponse, roundKeys, type MonitorOrganisation, type Round, type OnStatus } from './roundAdminApi';

type Props = { round: Round; organisation: MonitorOrganisation; onStatus: OnStatus };

/** Reopens a submitted response on the organisation's request; the reason goes to the audit log. */
export function ReopenForm(props: Props) {
  const { t } = useTranslation('rounds');
  const summary = (
    <>
      {t('reopen.title')}
      <span className="visually-hidden">{` – ${props.organisation.name}`}</span>
    </>
  );
  return <LazyDetails summary={summary}>{() => <ReasonForm {...props} />}</LazyDetails>;
}

function ReasonForm({ round, organisation, onStatus }: Props) {
  const { t } = useTranslation('rounds');
  const queryClient = useQueryClient();
  const form = useSchemaForm(reopenBodySchema, { reason: '' });
  const reopen = useMutation({ mutationFn: (body: z.output<typeof reopenBodySchema>) => reopenResponse(round.year, organisation.id, body.reason) });

  async function submit(body: z.output<typeof reopenBodySchema>) {
    try {
      await reopen.mutateAsync(body);
      await queryClient.invalidateQueries({ queryKey: roundKeys.monitor(round.year) });
      onStatus(t('reopen.done', { name: organisation.name }));
    } catch (error) {
      showServerError(form, error);
    }
  }

  return (
    <>
      {/* The confirmation's button sends it: Enter in the reason makes a new line. */}
      <Form form={form} onSubmit={submit} summaryId={`reopen-error-summary-${organisation.id}`} fieldPrefix={`reopen-${organisation.id}-`}>
        <FormTextArea name="reason" label={t('reopen.reason', { name: organisation.name })} />
        <ConfirmAction
          label={t('reopen.submit')}
          question={t('reopen.question', { name: organisation.name })}
          confirmLabel={t('reopen.confirm')}
          onConfirm={() => void form.handleSubmit(submit)()}
          disabled={reopen.isPending}
          className="button button--small"
        />
      </Form>
    </>
  );
}
