import { useState } from 'react';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { reminderBodySchema, type ReminderBody } from '#shared/api/round-admin';
import { Field } from '#web/forms/Field';
import { Form, FormTextArea, FormTextField } from '#web/forms/Form';
import { showServerError } from '#web/forms/serverErrors';
import { useSchemaForm } from '#web/forms/useSchemaForm';
import { inSentence } from '#web/pages/admin/format';
import { ConfirmAction } from '#web/components/Confirm';
import { previewReminders, roundKeys, roundQueries, sendReminders, type ReminderPlan, type Round, type OnStatus } from './roundAdminApi';

type Props = { round: Round; onStatus: OnStatus };
const { shape } = reminderBodySchema;
/** The shared request's note and interval as typed: empty is left out (the configured interval, no note). */
const schema = z.object({
  note: z
    .string()
    .trim()
    .transform((note) => note || undefined)
    .pipe(shape.note),
  minIntervalHours: z
    .string()
    .trim()
    .transform((hours) => (hours === '' ? undefined : Number(hours)))
    .pipe(shape.minIntervalHours),
});
type Values = z.output<typeof schema>;

/** Reminders to organisations that have not submitted: preview the message and recipients, then send. */
export function ReminderSection({ round, onStatus }: Props) {
  const { t } = useTranslation('rounds');
  const queryClient = useQueryClient();
  const [chosen, setChosen] = useState<number[] | null>(null);
  const [plan, setPlan] = useState<ReminderPlan>();
  const form = useSchemaForm(schema, { note: '', minIntervalHours: '' });
  const body = (values: Values): ReminderBody => ({
    ...(chosen && chosen.length > 0 && { organisationIds: chosen }),
    ...(values.minIntervalHours !== undefined && { minIntervalHours: values.minIntervalHours }),
    ...(values.note && { note: values.note }),
  });
  const preview = useMutation({ mutationFn: (values: Values) => previewReminders(round.year, body(values)) });
  const send = useMutation({ mutationFn: (values: Values) => sendReminders(round.year, body(values)) });

  async function showPreview(values: Values) {
    try {
      setPlan(await preview.mutateAsync(values));
    } catch (error) {
      showServerError(form, error);
    }
  }

  async function sendNow(values: Values) {
    try {
      const result = await send.mutateAsync(values);
      setPlan(undefined);
      await queryClient.invalidateQueries({ queryKey: roundKeys.monitor(round.year) });
      const organisations = t('reminders.organisationCount', { count: result.recipients.length });
      if (result.delivery === 'outbox') onStatus(t('reminders.waiting', { count: result.sent, organisations }), { outbox: true });
      else onStatus(t('reminders.sent', { count: result.sent, organisations }));
    } catch (error) {
      showServerError(form, error);
    }
  }

  if (round.state !== 'open') return null;
  return (
    <section aria-labelledby="reminders-title" className="round-section">
      <h2 id="reminders-title">{t('reminders.title')}</h2>
      <p>{t('reminders.intro')}</p>
      <OrganisationChooser year={round.year} chosen={chosen} onChange={setChosen} />
      <Form form={form} onSubmit={showPreview} summaryId="reminder-error-summary" fieldPrefix="reminder-">
        <FormTextArea name="note" label={t('reminders.note')} hint={t('reminders.noteHint')} required={false} />
        <FormTextField
          name="minIntervalHours"
          label={t('reminders.interval')}
          hint={t('reminders.intervalHint')}
          inputMode="numeric"
          autoComplete="off"
          required={false}
        />
        <div className="button-row">
          <button type="submit" className="button button--secondary" disabled={preview.isPending}>
            {t('reminders.preview')}
          </button>
        </div>
      </Form>
      {plan && (
        <>
          <ReminderPreview plan={plan} />
          {plan.recipients.length > 0 && (
            <ConfirmAction
              label={t('reminders.send', { count: plan.recipients.length })}
              question={t('reminders.question', { count: plan.recipients.length })}
              confirmLabel={t('reminders.confirm')}
              onConfirm={() => void form.handleSubmit(sendNow)()}
              disabled={send.isPending}
            />
          )}
        </>
      )}
    </section>
  );
}

/**
 * All organisations not submitted, or a chosen few of them: a search field
 * narrows the checkboxes (the server searches name and code), and what is
 * chosen stays chosen while the search changes; the count chosen is announced.
 */
function OrganisationChooser({ year, chosen, onChange }: { year: number; chosen: number[] | null; onChange: (ids: number[] | null) => void }) {
  const { t, i18n } = useTranslation('rounds');
  const [search, setSearch] = useState('');
  const params = { q: search.trim(), limit: '500' };
  const monitor = useQuery({
    ...roundQueries.monitorPage(year, params),
    placeholderData: keepPreviousData,
    enabled: chosen !== null,
  });
  const open = (monitor.data?.organisations ?? []).filter((o) => o.status !== 'submitted');
  const toggle = (id: number, on: boolean) => onChange(on ? [...(chosen ?? []), id] : (chosen ?? []).filter((c) => c !== id));
  return (
    <fieldset className="radio-group">
      <legend>{t('reminders.whom')}</legend>
      <label>
        <input type="radio" name="reminder-whom" checked={chosen === null} onChange={() => onChange(null)} />
        {t('reminders.allNotSubmitted')}
      </label>
      <label>
        <input type="radio" name="reminder-whom" checked={chosen !== null} onChange={() => onChange([])} />
        {t('reminders.chosen')}
      </label>
      {chosen !== null && (
        <div className="organisation-chooser">
          <Field id="reminder-search" label={t('reminders.search')} hint={t('reminders.searchHint')}>
            <input id="reminder-search" type="search" className="field__input" value={search} onChange={(e) => setSearch(e.target.value)} />
          </Field>
          <p role="status" className="muted">
            {t('reminders.chosenCount', { count: chosen.length })} {monitor.data && t('reminders.matches', { count: open.length })}
          </p>
          <ul className="role-list organisation-chooser__list" aria-label={t('reminders.chosen')}>
            {open.map((o) => (
              <li key={o.id}>
                <label className="checkbox-label">
                  <input type="checkbox" checked={chosen.includes(o.id)} onChange={(e) => toggle(o.id, e.target.checked)} />
                  {o.name} ({inSentence(t(`progress.${o.status}`), i18n.language)})
                </label>
              </li>
            ))}
          </ul>
        </div>
      )}
    </fieldset>
  );
}

function ReminderPreview({ plan }: { plan: ReminderPlan }) {
  const { t } = useTranslation('rounds');
  return (
    <div data-testid="reminder-preview">
      <h3>{t('reminders.previewTitle')}</h3>
      <p>{t('reminders.summary', { count: plan.recipients.length, skipped: plan.skipped.length, hours: plan.intervalHours })}</p>
      <p>
        <strong>{t('reminders.subject')}</strong> {plan.subject}
      </p>
      <pre className="mail-body">{plan.text}</pre>
      {plan.recipients.length > 0 && (
        <details>
          <summary>{t('reminders.recipientsToggle', { count: plan.recipients.length })}</summary>
          <ul>
            {plan.recipients.map((r) => (
              <li key={r.id}>
                {r.name}: {r.addresses.join(', ')}
              </li>
            ))}
          </ul>
        </details>
      )}
      {plan.skipped.length > 0 && (
        <details>
          <summary>{t('reminders.skippedToggle', { count: plan.skipped.length })}</summary>
          <ul>
            {plan.skipped.map((s) => (
              <li key={s.id}>
                {s.name}: {t(`reminders.reasons.${s.reason}`)}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
