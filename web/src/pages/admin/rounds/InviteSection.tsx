import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ORGANISATION_TYPES, type OrganisationType } from '#shared/api/organisation-types';
import { Link } from 'react-router';
import { paths } from '#web/app/paths';
import { useController, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { inviteBodySchema } from '#shared/api/round-admin';
import { Form, FormSelectField, FormTextArea } from '#web/forms/Form';
import { serverRule } from '#web/forms/schemaResolver';
import { showServerError } from '#web/forms/serverErrors';
import { useSchemaForm } from '#web/forms/useSchemaForm';
import { useCounties } from '#web/pages/admin/useOrganisations';
import { ConfirmAction } from '#web/components/Confirm';
import { RespondentForm } from './RespondentForm';
import { inviteOrganisations, parseCodeList, roundKeys, type InviteResult, type Round, type OnStatus } from './roundAdminApi';

type Props = { round: Round; onStatus: OnStatus };
type InviteBody = z.output<typeof schema>;
const KINDS = ['municipalities', 'filter', 'codes'] as const;

/** The choice as the form holds it, made into the shared request: the list of codes must name at least one. */
const schema = z
  .object({ kind: z.enum(KINDS), type: z.string(), county: z.string(), codes: z.string(), sendMail: z.boolean() })
  .refine((choice) => choice.kind !== 'codes' || parseCodeList(choice.codes).length > 0, {
    path: ['codes'],
    params: serverRule('required'),
    when: (payload) => typeof payload.value === 'object' && payload.value !== null,
  })
  // The pipe checks what the form made of its text: the type and county as the request's.
  .transform(({ kind, type, county, codes, sendMail }): z.input<typeof inviteBodySchema> => ({
    selection:
      kind === 'municipalities'
        ? { kind }
        : kind === 'filter'
          ? { kind, ...(type && { type: type as OrganisationType }), ...(county && { county }) }
          : { kind, codes: parseCodeList(codes) },
    sendMail,
  }))
  .pipe(inviteBodySchema);

export function InviteSection({ round, onStatus }: Props) {
  const { t } = useTranslation('rounds');
  const queryClient = useQueryClient();
  const [result, setResult] = useState<InviteResult>();
  const form = useSchemaForm(schema, { kind: 'municipalities', type: '', county: '', codes: '', sendMail: true });
  const invite = useMutation({ mutationFn: (body: InviteBody) => inviteOrganisations(round.year, body) });
  const [kind, sendMail] = useWatch({ control: form.control, name: ['kind', 'sendMail'] });

  async function submit(body: InviteBody) {
    try {
      const answer = await invite.mutateAsync(body);
      setResult(answer);
      await queryClient.invalidateQueries({ queryKey: roundKeys.monitor(round.year) });
      const invited = t('invite.invitedCount', { count: answer.invited });
      if (answer.mailed > 0 && answer.delivery === 'outbox') onStatus(t('invite.doneWaiting', { invited, count: answer.mailed }), { outbox: true });
      else onStatus(t('invite.done', { invited, count: answer.mailed }));
    } catch (error) {
      showServerError(form, error, { fields: { 'body.selection.codes': 'codes', 'body.selection.type': 'type', 'body.selection.county': 'county' } });
    }
  }

  if (round.state === 'published') return null;
  return (
    <section aria-labelledby="invite-title" className="round-section">
      <h2 id="invite-title">{t('invite.title')}</h2>
      <p>{t('invite.intro')}</p>
      {/* The confirmation's button sends it. */}
      <Form form={form} onSubmit={submit} summaryId="invite-error-summary" fieldPrefix="invite-">
        <KindChoice />
        {kind === 'filter' && <FilterFields />}
        {kind === 'codes' && <FormTextArea name="codes" label={t('invite.codes')} hint={t('invite.codesHint')} />}
        <SendMailBox label={t('invite.sendMail')} />
        <ConfirmAction
          label={t('invite.submit')}
          question={sendMail ? t('invite.confirmWithMail') : t('invite.confirmWithoutMail')}
          confirmLabel={t('invite.confirm')}
          onConfirm={() => void form.handleSubmit(submit)()}
          disabled={invite.isPending}
        />
      </Form>
      {result && <InviteOutcome result={result} />}
      <RespondentForm onStatus={onStatus} />
    </section>
  );
}

/** Whom to invite: every municipality, organisations by type and county, or a list of codes. */
function KindChoice() {
  const { t } = useTranslation('rounds');
  const { field } = useController({ name: 'kind' });
  return (
    <fieldset className="radio-group">
      <legend>{t('invite.whom')}</legend>
      {KINDS.map((option) => (
        <label key={option}>
          <input type="radio" name="invite-kind" value={option} checked={field.value === option} onChange={() => field.onChange(option)} />
          {t(`invite.kinds.${option}`)}
        </label>
      ))}
    </fieldset>
  );
}

function SendMailBox({ label }: { label: string }) {
  const { field } = useController({ name: 'sendMail' });
  return (
    <label className="checkbox-label">
      <input type="checkbox" checked={field.value as boolean} onChange={(e) => field.onChange(e.target.checked)} />
      {label}
    </label>
  );
}

function FilterFields() {
  const { t } = useTranslation('rounds');
  const { t: tAdmin } = useTranslation('admin');
  const counties = useCounties();
  return (
    <div className="filters">
      <FormSelectField name="type" label={t('invite.type')}>
        <option value="">{t('invite.anyType')}</option>
        {ORGANISATION_TYPES.map((type) => (
          <option key={type} value={type}>
            {tAdmin(`organisations.types.${type}`)}
          </option>
        ))}
      </FormSelectField>
      <FormSelectField name="county" label={t('invite.county')}>
        <option value="">{t('invite.anyCounty')}</option>
        {counties.map(([code, name]) => (
          <option key={code} value={code}>
            {name}
          </option>
        ))}
      </FormSelectField>
    </div>
  );
}

/** What the invitation did, with the organisations an administrator must still follow up. */
function InviteOutcome({ result }: { result: InviteResult }) {
  const { t } = useTranslation('rounds');
  return (
    <div className="status-message" data-testid="invite-result">
      <p>{t(result.delivery === 'outbox' ? 'invite.resultWaiting' : 'invite.result', result)}</p>
      {result.withoutContact.length > 0 && (
        <>
          <p>
            {t('invite.withoutContact', { count: result.withoutContact.length })} <Link to={paths.adminOrganisations}>{t('invite.fixContacts')}</Link>
          </p>
          <ul>
            {result.withoutContact.map((o) => (
              <li key={o.id}>
                {o.code} {o.name}
              </li>
            ))}
          </ul>
        </>
      )}
      {result.unknownCodes.length > 0 && <p>{t('invite.unknownCodes', { codes: result.unknownCodes.join(', ') })}</p>}
    </div>
  );
}
