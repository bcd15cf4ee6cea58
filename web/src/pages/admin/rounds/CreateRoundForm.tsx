import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { adminRoundPath } from '#web/app/paths';
import { z } from 'zod';
import { createRoundBodySchema, type Round } from '#shared/api/rounds';
import { createOnce } from '#web/app/queryClient';
import { Form, FormSelectField, FormTextField } from '#web/forms/Form';
import { showServerError } from '#web/forms/serverErrors';
import { useSchemaForm } from '#web/forms/useSchemaForm';
import { createRound, roundKeys, roundQueries } from './roundAdminApi';
import { closingAfterOpening, WindowFields, windowShape } from './WindowFields';

const nextYear = () => String(new Date().getFullYear() + 1);

const schema = closingAfterOpening(
  z.object({
    year: z.coerce.number<string>().pipe(createRoundBodySchema.shape.year),
    ...windowShape,
    // '' is the newest version: left out of the request.
    bankVersion: z
      .string()
      .transform((version) => version || undefined)
      .pipe(createRoundBodySchema.shape.bankVersion),
  }),
);

/** Creates a draft round: year, window and question-bank version (newest by default). */
export function CreateRoundForm() {
  const { t } = useTranslation('rounds');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const versions = useQuery(roundQueries.bankVersions());
  const form = useSchemaForm(schema, { year: nextYear(), opensAt: '', closesAt: '', bankVersion: '' });
  const create = useMutation({ mutationFn: createRound });

  async function submit({ bankVersion, ...round }: z.output<typeof schema>) {
    try {
      // Sent again after a lost answer, a stored round's year would be refused as taken: read back instead.
      const sameInstant = (a: string, b: string) => Date.parse(a) === Date.parse(b);
      const isIt = (stored: Round) =>
        stored.year === round.year &&
        sameInstant(stored.opensAt, round.opensAt) &&
        sameInstant(stored.closesAt, round.closesAt) &&
        (!bankVersion || stored.bankVersion === bankVersion);
      const created = await createOnce(
        queryClient,
        { query: roundQueries.rounds(), entries: (list) => list.rounds, key: (stored) => stored.year, isIt },
        () => create.mutateAsync({ ...round, ...(bankVersion && { bankVersion }) }),
      );
      await queryClient.invalidateQueries({ queryKey: roundKeys.rounds });
      void navigate(adminRoundPath(created.year));
    } catch (error) {
      showServerError(form, error);
    }
  }

  return (
    <section aria-labelledby="create-round-title" className="round-section">
      <h2 id="create-round-title">{t('create.title')}</h2>
      <p>{t('create.intro')}</p>
      <Form form={form} onSubmit={submit}>
        <FormTextField name="year" label={t('fields.year')} autoComplete="off" />
        <WindowFields />
        <FormSelectField name="bankVersion" label={t('fields.bankVersion')} hint={t('create.bankVersionHint')}>
          <option value="">{t('create.newestVersion')}</option>
          {versions.data?.versions.map((v) => (
            <option key={v.version} value={v.version}>
              {v.version}
            </option>
          ))}
        </FormSelectField>
        <button type="submit" className="button" disabled={create.isPending}>
          {t('create.submit')}
        </button>
      </Form>
    </section>
  );
}
