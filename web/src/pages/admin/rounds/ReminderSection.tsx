import { useState } from 'react';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Field } from '#web/forms/Field';
import { useActionProblem } from '#web/forms/useActionProblem';
import { inSentence } from '#web/pages/admin/format';
import { ConfirmAction } from './ConfirmAction';
import { previewReminders, roundKeys, roundQueries, sendReminders, type ReminderPlan, type Round, type OnStatus } from './roundAdminApi';

type Props = { round: Round; onStatus: OnStatus };
type Body = { organisationIds?: number[]; minIntervalHours?: number; note?: string };

/** Reminders to organisations that have not submitted: preview the message and recipients, then send. */
export function ReminderSection({ round, onStatus }: Props) {
  const { t } = useTranslation('rounds');
  const queryClient = useQueryClient();
  const [note, setNote] = useState('');
  const [intervalHours, setIntervalHours] = useState('');
  const [chosen, setChosen] = useState<number[] | null>(null);
  const [plan, setPlan] = useState<ReminderPlan>();
  const { problem, refuse, attempt } = useActionProblem();
  const body = (): Body => ({
    ...(chosen && chosen.length > 0 && { organisationIds: chosen }),
    ...(intervalHours.trim() !== '' && { minIntervalHours: Number(intervalHours) }),
    ...(note.trim() && { note: note.trim() }),
  });
  const preview = useMutation({ mutationFn: () => previewReminders(round.year, body()) });
  const send = useMutation({ mutationFn: () => sendReminders(round.year, body()) });

  async function run(action: 'preview' | 'send') {
    if (intervalHours.trim() !== '' && !/^\d+$/.test(intervalHours.trim())) return refuse(t('reminders.intervalInvalid'));
    await attempt(async () => {
      if (action === 'preview') return setPlan(await preview.mutateAsync());
      const result = await send.mutateAsync();
      setPlan(undefined);
      await queryClient.invalidateQueries({ queryKey: roundKeys.monitor(round.year) });
      const organisations = t('reminders.organisationCount', { count: result.recipients.length });
      if (result.delivery === 'outbox') onStatus(t('reminders.waiting', { count: result.sent, organisations }), { outbox: true });
      else onStatus(t('reminders.sent', { count: result.sent, organisations }));
    });
  }

  if (round.state !== 'open') return null;
  return (
    <section aria-labelledby="reminders-title" className="round-section">
      <h2 id="reminders-title">{t('reminders.title')}</h2>
      <p>{t('reminders.intro')}</p>
      <OrganisationChooser year={round.year} chosen={chosen} onChange={setChosen} />
      <Field id="reminder-note" label={t('reminders.note')} hint={t('reminders.noteHint')}>
        <textarea
          id="reminder-note"
          className="field__input"
          value={note}
          onChange={(e) => setNote(e.target.value)}
          aria-describedby="reminder-note-hint"
        />
      </Field>
      <Field id="reminder-interval" label={t('reminders.interval')} hint={t('reminders.intervalHint')}>
        <input
          id="reminder-interval"
          inputMode="numeric"
          className="field__input"
          value={intervalHours}
          onChange={(e) => setIntervalHours(e.target.value)}
          aria-describedby="reminder-interval-hint"
        />
      </Field>
      {problem && <p className="field__error">{problem}</p>}
      <div className="button-row">
        <button type="button" className="button button--secondary" onClick={() => void run('preview')} disabled={preview.isPending}>
          {t('reminders.preview')}
        </button>
      </div>
      {plan && (
        <>
          <ReminderPreview plan={plan} />
          {plan.recipients.length > 0 && (
            <ConfirmAction
              label={t('reminders.send', { count: plan.recipients.length })}
              question={t('reminders.question', { count: plan.recipients.length })}
              confirmLabel={t('reminders.confirm')}
              onConfirm={() => void run('send')}
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
