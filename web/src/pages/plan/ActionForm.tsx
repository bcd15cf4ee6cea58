import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ACTION_FIELD_MAX, ACTION_STATUSES, actionStatusSchema, createActionSchema } from '#shared/api/improvement';
import { ApiError } from '#web/api/client';
import { Form, FormSelectField, FormTextArea, FormTextField } from '#web/forms/Form';
import { showServerError } from '#web/forms/serverErrors';
import { useSchemaForm } from '#web/forms/useSchemaForm';
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
    try {
      const saved = await save.mutateAsync(values);
      await queryClient.invalidateQueries({ queryKey: planQueries.actions(organisationId).queryKey });
      onDone(t('saved', { title: saved.title }), saved);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'version_conflict') {
        await queryClient.invalidateQueries({ queryKey: planQueries.actions(organisationId).queryKey });
        onDone(t('stale'));
        return;
      }
      showServerError(form, error);
    }
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
