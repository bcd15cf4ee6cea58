import { useId, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { auditorInviteBodySchema } from '#shared/api/auditors';
import { describeApiError } from '#web/api/errorMessages';
import { QueryError } from '#web/components/QueryError';
import { LoadingMessage } from '#web/components/LoadingMessage';
import { TableScroll } from '#web/components/TableScroll';
import { Form, FormTextField } from '#web/forms/Form';
import { showServerError } from '#web/forms/serverErrors';
import { useSchemaForm } from '#web/forms/useSchemaForm';
import { auditorsQuery, inviteAuditor, revokeAuditor } from './accessApi';

const swedishToday = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });
const inDays = (days: number) => new Date(Date.now() + days * 24 * 60 * 60 * 1000).toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });

/** Revisorer: invite an auditor for a period, see every grant with its status, revoke one. */
export function AuditorsSection({ organisationId }: { organisationId: number }) {
  const { t } = useTranslation('access');
  const queryClient = useQueryClient();
  const form = useSchemaForm(auditorInviteBodySchema, { email: '', name: '', startsOn: swedishToday(), endsOn: inDays(90) });
  const invite = useMutation({ mutationFn: inviteAuditor });
  const [status, setStatus] = useState('');
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['organisations', organisationId] });

  async function submit({ name, ...body }: z.output<typeof auditorInviteBodySchema>) {
    setStatus('');
    try {
      const result = await invite.mutateAsync({ organisationId, ...body, ...(name && { name }) });
      setStatus(t('auditors.sent', { email: result.email }));
      form.reset({ ...form.getValues(), email: '', name: '' });
      await refresh();
    } catch (error) {
      showServerError(form, error, {
        own: (refusal) => (refusal.status === 409 ? { field: 'email', message: t('auditors.accountDisabled') } : undefined),
      });
    }
  }

  return (
    <section className="organisation-section" aria-labelledby="auditors-heading">
      <h2 id="auditors-heading">{t('auditors.heading')}</h2>
      <p>{t('auditors.intro')}</p>
      <Form form={form} onSubmit={submit} summaryId="auditor-error-summary" fieldPrefix="auditor-" aria-labelledby="auditors-heading">
        <FormTextField name="email" type="email" label={t('auditors.email')} autoComplete="off" />
        <FormTextField name="name" label={t('auditors.name')} hint={t('auditors.nameHint')} autoComplete="off" required={false} />
        <div className="organisation-period">
          <FormTextField name="startsOn" type="date" autoComplete="off" label={t('auditors.startsOn')} hint={t('auditors.periodHint')} />
          <FormTextField name="endsOn" type="date" autoComplete="off" label={t('auditors.endsOn')} />
        </div>
        <button type="submit" className="button" disabled={invite.isPending}>
          {invite.isPending ? t('auditors.submitting') : t('auditors.submit')}
        </button>
      </Form>
      <p role="status" className="status-message">
        {status}
      </p>
      <GrantList organisationId={organisationId} onChanged={refresh} />
    </section>
  );
}

function GrantList({ organisationId, onChanged }: { organisationId: number; onChanged: () => Promise<void> }) {
  const { t } = useTranslation('access');
  const { t: tCommon } = useTranslation();
  const grants = useQuery(auditorsQuery(organisationId));
  const revoke = useMutation({ mutationFn: revokeAuditor });
  const [outcome, setOutcome] = useState('');
  const captionId = useId();

  async function revokeGrant(grantId: number, email: string) {
    setOutcome('');
    try {
      await revoke.mutateAsync({ organisationId, grantId });
      setOutcome(t('auditors.revoked', { email }));
      await onChanged();
    } catch (error) {
      setOutcome(describeApiError(error, tCommon));
    }
  }

  if (grants.isPending) return <LoadingMessage />;
  if (grants.error) return <QueryError error={grants.error} retrying={grants.isFetching} onRetry={() => void grants.refetch()} />;
  return (
    <>
      <h3 id={captionId}>{t('auditors.listHeading')}</h3>
      {grants.data.grants.length === 0 ? (
        <p>{t('auditors.empty')}</p>
      ) : (
        <TableScroll labelledBy={captionId}>
          <table className="data-table" data-testid="auditor-grants" aria-labelledby={captionId}>
            <thead>
              <tr>
                <th scope="col">{t('auditors.columns.auditor')}</th>
                <th scope="col">{t('auditors.columns.period')}</th>
                <th scope="col">{t('auditors.columns.status')}</th>
                <th scope="col">{t('auditors.columns.action')}</th>
              </tr>
            </thead>
            <tbody>
              {grants.data.grants.map((grant) => (
                <tr key={grant.id}>
                  <th scope="row">
                    {grant.name ? `${grant.name}, ` : ''}
                    {grant.email}
                  </th>
                  <td>{t('auditors.period', { from: grant.startsOn, to: grant.endsOn })}</td>
                  <td>{t(`auditors.status.${grant.status}`)}</td>
                  <td>
                    {grant.status !== 'revoked' && grant.status !== 'ended' && (
                      <button
                        type="button"
                        className="button button--quiet"
                        aria-label={t('auditors.revokeLabel', { email: grant.email })}
                        disabled={revoke.isPending}
                        onClick={() => void revokeGrant(grant.id, grant.email)}
                      >
                        {t('auditors.revoke')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <p role="status" className="status-message">
        {outcome}
      </p>
    </>
  );
}
