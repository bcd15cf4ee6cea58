import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { commentaryBodySchema } from '#shared/api/reports';
import { Form, FormTextArea } from '#web/forms/Form';
import { showServerError } from '#web/forms/serverErrors';
import { useSchemaForm } from '#web/forms/useSchemaForm';
import { reportKeys, saveCommentary } from './reportApi';

type Body = z.output<typeof commentaryBodySchema>;

/** An analyst's commentary on one section, while the round is closed; saved as the report will show it. */
export function CommentaryForm({ year, section, body }: { year: number; section: string; body: string }) {
  const { t } = useTranslation('report');
  const queryClient = useQueryClient();
  const [saved, setSaved] = useState(false);
  const form = useSchemaForm(commentaryBodySchema, { body });
  const save = useMutation({ mutationFn: (values: Body) => saveCommentary(year, section, values.body) });
  async function submit(values: Body) {
    setSaved(false);
    try {
      await save.mutateAsync(values);
      await queryClient.invalidateQueries({ queryKey: reportKeys.report(year, true) });
      setSaved(true);
    } catch (error) {
      showServerError(form, error);
    }
  }
  return (
    <div className="report-commentary-form">
      <Form form={form} onSubmit={submit} summaryId={`commentary-${section}-summary`} fieldPrefix={`commentary-${section}-`}>
        <FormTextArea name="body" label={t('commentary.label')} hint={t('commentary.hint')} required={false} rows={4} />
        <button type="submit" className="button" disabled={save.isPending}>
          {t('commentary.save')}
        </button>
        <p role="status" className="report-commentary-form__status">
          {saved ? t('commentary.saved') : ''}
        </p>
      </Form>
    </div>
  );
}
