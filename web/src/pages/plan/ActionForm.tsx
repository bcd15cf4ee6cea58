import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ACTION_FIELD_MAX, ACTION_STATUSES, actionStatusSchema, createActionSchema } from '#shared/api/improvement';
import { ApiError, isTransientError } from '#web/api/client';
import { Form, FormSelectField, FormTextArea, FormTextField } from '#web/forms/Form';
import { showServerError } from '#web/forms/serverErrors';
import { useSchemaForm } from '#web/forms/useSchemaForm';
import { readStoredOnce } from '#web/app/queryClient';
import { planApi, planQueries, type ImprovementAction } from './planApi';

/** The action's fields as typed: an empty date is none. */
const actionFormSchema = z.object({
  title: createActionSchema.shape.title,
  responsible: z.string().trim().max(ACTION_FIELD_MAX),
  dueOn: z
    .string()
    .trim()
    .transform((value) => value || null)
    .pipe(z.iso.date().nullable()),
  status: actionStatusSchema,
  evidence: z.string().trim().max(ACTION_FIELD_MAX),
});
type ActionFormValues = z.input<typeof actionFormSchema>;
type ActionFormOutput = z.output<typeof actionFormSchema>;

type Props = {
  organisationId: number;
  /** A new action: its area, the round it answers and where it starts; absent when `action` is edited. */
  draft?: { areaKey: string; plannedInYear: number; guidanceTargetLevel: number | null; title: string; recommendationId?: number };
  action?: ImprovementAction;
  /** Unique on the page: the form's ids are built from it. */
  formKey: string;
  /** The form is done: a message to announce (null when cancelled) and the action as saved. */
  onDone: (message: string | null, saved?: ImprovementAction) => void;
};

const holds = (stored: ImprovementAction, values: ActionFormOutput) =>
  stored.title === values.title &&
  stored.responsible === values.responsible &&
  stored.dueOn === values.dueOn &&
  stored.status === values.status &&
  stored.evidence === values.evidence;

/** Adds an action to the plan or changes one, on the version it was loaded at. */
export function ActionForm({ organisationId, draft, action, formKey, onDone }: Props) {
  const { t } = useTranslation('plan');
  const queryClient = useQueryClient();
  const form = useSchemaForm(actionFormSchema, {
    title: action?.title ?? draft?.title ?? '',
    responsible: action?.responsible ?? '',
    dueOn: action?.dueOn ?? '',
    status: action?.status ?? 'planned',
    evidence: action?.evidence ?? '',
  } satisfies ActionFormValues);
  const save = useMutation({
    mutationFn: (values: ActionFormOutput) =>
      action
        ? planApi.update(organisationId, action.id, { version: action.version, ...values })
        : planApi.create(organisationId, { ...draft!, ...values }),
  });

  async function submit(values: ActionFormOutput) {
    const listed = queryClient.getQueryData(planQueries.actions(organisationId).queryKey)?.actions;
    const known = listed && new Set(listed.map((a) => a.id));
    try {
      const saved = await save.mutateAsync(values);
      await queryClient.invalidateQueries({ queryKey: planQueries.actions(organisationId).queryKey });
      onDone(t('saved', { title: saved.title }), saved);
    } catch (error) {
      const stale = error instanceof ApiError && error.code === 'version_conflict';
      // A save whose answer never came (a dropped connection) may have been stored, and sent again it is refused as
      // stale: the plan as stored says. Holding exactly these values, it is this person's save, not someone else's
      // change, and a new action is not added a second time.
      const stored = stale || isTransientError(error) ? await storedAsAsked(values, known) : undefined;
      if (stored) onDone(t('saved', { title: stored.title }), stored);
      else if (stale) onDone(t('stale'));
      else showServerError(form, error);
    }
  }

  /**
   * The action as the plan now stores it, when it holds these values: the one edited, or a new one like the draft that
   * was not in the plan before (`known`: the plan's actions when the form was sent; without them, none is taken as new).
   */
  async function storedAsAsked(values: ActionFormOutput, known: ReadonlySet<number> | undefined) {
    if (!action && !known) return undefined;
    const plan = await readStoredOnce(queryClient, planQueries.actions(organisationId));
    const isTheOne = (stored: ImprovementAction) =>
      action ? stored.id === action.id : !known!.has(stored.id) && stored.areaKey === draft!.areaKey && stored.plannedInYear === draft!.plannedInYear;
    return plan?.actions.find((stored) => isTheOne(stored) && holds(stored, values));
  }

  return (
    <Form form={form} onSubmit={submit} summaryId={`${formKey}-summary`} fieldPrefix={`${formKey}-`} className="form plan-form">
      {draft?.guidanceTargetLevel && <p className="field__hint">{t('fromGuidance', { level: draft.guidanceTargetLevel })}</p>}
      <FormTextArea name="title" label={t('fields.title')} rows={3} />
      <FormTextField name="responsible" label={t('fields.responsible')} autoComplete="off" required={false} />
      <FormTextField name="dueOn" label={t('fields.dueOn')} hint={t('fields.dueOnHint')} autoComplete="off" required={false} spellCheck={false} />
      <FormSelectField name="status" label={t('fields.status')}>
        {ACTION_STATUSES.map((status) => (
          <option key={status} value={status}>
            {t(`status.${status}`)}
          </option>
        ))}
      </FormSelectField>
      <FormTextField name="evidence" label={t('fields.evidence')} autoComplete="off" required={false} />
      <div className="plan-form__buttons">
        <button type="submit" className="button" disabled={save.isPending}>
          {t('save')}
        </button>
        <button type="button" className="button button--quiet" onClick={() => onDone(null)}>
          {t('cancel')}
        </button>
      </div>
    </Form>
  );
}
