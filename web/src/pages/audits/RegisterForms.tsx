import { useController } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import {
  externalAuditBodySchema,
  FOLLOW_UP_OUTCOMES,
  FOLLOW_UP_YEARS,
  followUpBodySchema,
  RECOMMENDATION_PRIORITIES,
  recommendationBodySchema,
  type ExternalAuditBody,
  type FollowUpBody,
  type RecommendationBody,
} from '#shared/api/external-audits';
import { Form, FormSelectField, FormTextArea, FormTextField } from '#web/forms/Form';
import { fieldAria } from '#web/forms/Field';
import { useFormIds } from '#web/forms/formIds';
import { showServerError } from '#web/forms/serverErrors';
import { useSchemaForm } from '#web/forms/useSchemaForm';
import { followUpYearNow, type AuditRegister } from './auditsApi';

/** The register's forms: on the shared request schemas (shared/api/external-audits.ts), refusals in the server's words. */

type FormProps<Values> = {
  /** Unique on the page: the form's error summary and fields take it as prefix. */
  idPrefix: string;
  defaults?: Values;
  submitLabel: string;
  onSave: (body: Values) => Promise<unknown>;
  onCancel?: () => void;
  labelledBy?: string;
};

function Buttons({ submitLabel, busy, onCancel, cancelLabel }: { submitLabel: string; busy: boolean; onCancel?: () => void; cancelLabel: string }) {
  return (
    <div className="register-buttons">
      <button type="submit" className="button" disabled={busy}>
        {submitLabel}
      </button>
      {onCancel && (
        <button type="button" className="button register-button--secondary" onClick={onCancel}>
          {cancelLabel}
        </button>
      )}
    </div>
  );
}

const EMPTY_AUDIT = { title: '', auditorFirm: '', auditedOn: '', reportReference: '' };

export function AuditForm({ idPrefix, defaults, submitLabel, onSave, onCancel, labelledBy }: FormProps<ExternalAuditBody>) {
  const { t } = useTranslation('auditRegister');
  const form = useSchemaForm(externalAuditBodySchema, defaults ?? EMPTY_AUDIT);
  async function submit(body: ExternalAuditBody) {
    try {
      await onSave(body);
      if (!defaults) form.reset(EMPTY_AUDIT);
    } catch (error) {
      showServerError(form, error);
    }
  }
  return (
    <Form form={form} onSubmit={submit} summaryId={`${idPrefix}summary`} fieldPrefix={idPrefix} aria-labelledby={labelledBy}>
      <FormTextField name="title" label={t('audit.fields.title')} hint={t('audit.fields.titleHint')} autoComplete="off" />
      <FormTextField name="auditorFirm" label={t('audit.fields.auditorFirm')} hint={t('audit.fields.auditorFirmHint')} autoComplete="organization" />
      <FormTextField name="auditedOn" type="date" label={t('audit.fields.auditedOn')} autoComplete="off" />
      <FormTextField
        name="reportReference"
        label={t('audit.fields.reportReference')}
        hint={t('audit.fields.reportReferenceHint')}
        autoComplete="off"
        required={false}
      />
      <Buttons submitLabel={submitLabel} busy={form.formState.isSubmitting} onCancel={onCancel} cancelLabel={t('audit.cancel')} />
    </Form>
  );
}

/** The areas as a group of checkboxes bound to `name` (an array of area keys); the summary links to the first. */
function AreaCheckboxes({ name, legend, areas }: { name: string; legend: string; areas: AuditRegister['areas'] }) {
  const { field, fieldState } = useController({ name });
  const ids = useFormIds();
  const id = ids.fieldId(name);
  const value = (field.value as string[] | undefined) ?? [];
  const error = fieldState.error?.message || undefined;
  const aria = fieldAria(id, { error });
  return (
    <fieldset className={error ? 'field field--invalid register-areas' : 'field register-areas'}>
      <legend className="field__label">{legend}</legend>
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
      <div className="register-areas__options">
        {areas.map((area, index) => (
          <label key={area.key} className="checkbox-label">
            <input
              type="checkbox"
              id={index === 0 ? id : `${id}-${area.key}`}
              ref={index === 0 ? field.ref : undefined}
              checked={value.includes(area.key)}
              {...aria}
              onChange={(event) => field.onChange(event.target.checked ? [...value, area.key] : value.filter((key) => key !== area.key))}
              onBlur={field.onBlur}
            />
            {area.title}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

const EMPTY_RECOMMENDATION = { text: '', areaKeys: [], priority: 'medium' } as const;

export function RecommendationForm({
  idPrefix,
  defaults,
  submitLabel,
  onSave,
  onCancel,
  labelledBy,
  areas,
}: FormProps<RecommendationBody> & { areas: AuditRegister['areas'] }) {
  const { t } = useTranslation('auditRegister');
  const form = useSchemaForm(recommendationBodySchema, defaults ?? EMPTY_RECOMMENDATION);
  async function submit(body: RecommendationBody) {
    try {
      await onSave(body);
      if (!defaults) form.reset(EMPTY_RECOMMENDATION);
    } catch (error) {
      showServerError(form, error);
    }
  }
  return (
    <Form form={form} onSubmit={submit} summaryId={`${idPrefix}summary`} fieldPrefix={idPrefix} aria-labelledby={labelledBy}>
      <FormTextArea name="text" label={t('recommendations.fields.text')} hint={t('recommendations.fields.textHint')} rows={4} />
      <AreaCheckboxes name="areaKeys" legend={t('recommendations.fields.areaKeys')} areas={areas} />
      <FormSelectField name="priority" label={t('recommendations.fields.priority')}>
        {RECOMMENDATION_PRIORITIES.map((priority) => (
          <option key={priority} value={priority}>
            {t(`recommendations.priorities.${priority}`)}
          </option>
        ))}
      </FormSelectField>
      <Buttons submitLabel={submitLabel} busy={form.formState.isSubmitting} onCancel={onCancel} cancelLabel={t('recommendations.cancel')} />
    </Form>
  );
}

const followUpSchema = followUpBodySchema.extend({ year: z.coerce.number<string>().int().min(FOLLOW_UP_YEARS.min).max(FOLLOW_UP_YEARS.max) });
export type FollowUpValues = FollowUpBody & { year: number };

export function FollowUpForm({ idPrefix, submitLabel, onSave, onCancel, labelledBy }: Omit<FormProps<FollowUpValues>, 'defaults'>) {
  const { t } = useTranslation('auditRegister');
  const form = useSchemaForm(followUpSchema, { year: String(followUpYearNow()), outcome: 'no', comment: '' });
  async function submit(values: z.output<typeof followUpSchema>) {
    try {
      await onSave(values);
    } catch (error) {
      showServerError(form, error, { fields: { 'params.year': 'year' } });
    }
  }
  return (
    <Form form={form} onSubmit={submit} summaryId={`${idPrefix}summary`} fieldPrefix={idPrefix} aria-labelledby={labelledBy}>
      <p className="field__hint">{t('followUps.recordHint')}</p>
      <FormTextField name="year" label={t('followUps.fields.year')} inputMode="numeric" autoComplete="off" className="field__input register-year" />
      <FormSelectField name="outcome" label={t('followUps.fields.outcome')}>
        {FOLLOW_UP_OUTCOMES.map((outcome) => (
          <option key={outcome} value={outcome}>
            {t(`followUps.outcomes.${outcome}`)}
          </option>
        ))}
      </FormSelectField>
      <FormTextArea name="comment" label={t('followUps.fields.comment')} rows={3} required={false} />
      <Buttons submitLabel={submitLabel} busy={form.formState.isSubmitting} onCancel={onCancel} cancelLabel={t('followUps.cancel')} />
    </Form>
  );
}
