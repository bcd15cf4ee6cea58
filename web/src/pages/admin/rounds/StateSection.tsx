import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { describeApiError } from '#web/api/errorMessages';
import { z } from 'zod';
import { Form } from '#web/forms/Form';
import { showServerError } from '#web/forms/serverErrors';
import { useSchemaForm } from '#web/forms/useSchemaForm';
import { formatTimestamp, inSentence } from '#web/pages/admin/format';
import { ROUND_TRANSITIONS } from '#shared/api/round-states';
import { ConfirmAction } from '#web/components/Confirm';
import {
  changeRoundState,
  isoToLocal,
  roundKeys,
  updateRoundWindow,
  type Round,
  type RoundState,
  type TargetState,
  type OnStatus,
} from './roundAdminApi';
import { closingAfterOpening, WindowFields, windowShape } from './WindowFields';

type Props = { round: Round; onStatus: OnStatus };

/** The action that moves a round to `to`, named by what it means from where the round is. */
type ActionKey = 'open' | 'closed' | 'reopen' | 'published';
const actionKey = (from: RoundState, to: Exclude<RoundState, 'draft'>): ActionKey => (from === 'closed' && to === 'open' ? 'reopen' : to);

export function StateSection({ round, onStatus }: Props) {
  const { t, i18n } = useTranslation('rounds');
  const { t: tCommon } = useTranslation();
  const queryClient = useQueryClient();
  const move = useMutation({ mutationFn: (to: TargetState) => changeRoundState(round.year, to) });

  async function moveTo(to: TargetState) {
    try {
      await move.mutateAsync(to);
      await queryClient.invalidateQueries({ queryKey: roundKeys.rounds });
      onStatus(t('state.moved', { year: round.year, state: inSentence(t(`states.${to}`), i18n.language) }));
    } catch (error) {
      onStatus(describeApiError(error, tCommon));
    }
  }

  return (
    <section aria-labelledby="state-title" className="round-section">
      <h2 id="state-title">{t('state.title')}</h2>
      <dl>
        <dt>{t('fields.state')}</dt>
        <dd data-testid="round-state">{t(`states.${round.state}`)}</dd>
        <dt>{t('fields.window')}</dt>
        <dd>
          {formatTimestamp(round.opensAt, i18n.language)} – {formatTimestamp(round.closesAt, i18n.language)}
        </dd>
        <dt>{t('fields.acceptingAnswers')}</dt>
        <dd>{round.acceptingAnswers ? t('state.accepting') : t('state.notAccepting')}</dd>
        <dt>{t('fields.bankVersion')}</dt>
        <dd>{round.bankVersion}</dd>
      </dl>
      <div className="button-row">
        {ROUND_TRANSITIONS[round.state].map((to) => {
          if (to === 'draft') return null;
          const key = actionKey(round.state, to);
          return (
            <ConfirmAction
              key={to}
              label={t(`state.actions.${key}.label`)}
              question={t(`state.actions.${key}.question`, { year: round.year })}
              confirmLabel={t(`state.actions.${key}.confirm`)}
              onConfirm={() => void moveTo(to)}
              disabled={move.isPending}
            />
          );
        })}
      </div>
      {round.state !== 'published' && <WindowForm round={round} onStatus={onStatus} />}
    </section>
  );
}

const windowSchema = closingAfterOpening(z.object(windowShape));

/** Changes the window; after closing, a later closing time together with "Reopen" extends the round. */
function WindowForm({ round, onStatus }: Props) {
  const { t } = useTranslation('rounds');
  const queryClient = useQueryClient();
  const form = useSchemaForm(windowSchema, { opensAt: isoToLocal(round.opensAt), closesAt: isoToLocal(round.closesAt) });
  const save = useMutation({ mutationFn: (window: { opensAt: string; closesAt: string }) => updateRoundWindow(round.year, window) });

  async function submit(window: z.output<typeof windowSchema>) {
    try {
      await save.mutateAsync(window);
      await queryClient.invalidateQueries({ queryKey: roundKeys.rounds });
      onStatus(t('state.windowSaved'));
    } catch (error) {
      showServerError(form, error);
    }
  }

  return (
    <details>
      <summary>{t('state.changeWindow')}</summary>
      <p>{t('state.windowHint')}</p>
      <Form form={form} onSubmit={submit}>
        <WindowFields />
        <button type="submit" className="button" disabled={save.isPending}>
          {t('state.saveWindow')}
        </button>
      </Form>
    </details>
  );
}
