import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { adminRoundPath } from '../../../app/paths';
import { describeApiError } from '../../../api/errorMessages';
import { ErrorSummary } from '../../../forms/ErrorSummary';
import { hasErrors, useForm } from '../../../forms/useForm';
import { TextField } from '../../../forms/TextField';
import { SelectField } from '../../../forms/SelectField';
import { createRound, localToIso, roundKeys, roundQueries } from './roundAdminApi';
import { WindowFields, windowProblems } from './WindowFields';

const nextYear = () => String(new Date().getFullYear() + 1);

/** Creates a draft round: year, window and question-bank version (newest by default). */
export function CreateRoundForm() {
  const { t } = useTranslation('rounds');
  const { t: tCommon } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const versions = useQuery(roundQueries.bankVersions());
  const [bankVersion, setBankVersion] = useState('');
  const form = useForm({ year: nextYear(), opensAt: '', closesAt: '' });
  const create = useMutation({ mutationFn: createRound });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const year = Number(form.values.year);
    const fieldErrors = {
      year: Number.isInteger(year) && year >= 2000 && year <= 2100 ? undefined : t('validation.year'),
      ...windowProblems(form.values, t),
    };
    if (hasErrors(fieldErrors)) return form.fail({ fieldErrors });
    form.clearProblems();
    try {
      const round = await create.mutateAsync({
        year,
        opensAt: localToIso(form.values.opensAt),
        closesAt: localToIso(form.values.closesAt),
        ...(bankVersion && { bankVersion }),
      });
      await queryClient.invalidateQueries({ queryKey: roundKeys.rounds });
      void navigate(adminRoundPath(round.year));
    } catch (error) {
      form.fail({ formProblem: { message: describeApiError(error, tCommon) } });
    }
  }

  return (
    <section aria-labelledby="create-round-title" className="round-section">
      <h2 id="create-round-title">{t('create.title')}</h2>
      <p>{t('create.intro')}</p>
      <ErrorSummary problems={form.problems} focusKey={form.focusKey} />
      <form className="form" onSubmit={submit} noValidate>
        <TextField {...form.fieldProps('year')} label={t('fields.year')} autoComplete="off" />
        <WindowFields form={form} />
        <SelectField
          id="bank-version"
          label={t('fields.bankVersion')}
          hint={t('create.bankVersionHint')}
          value={bankVersion}
          onChange={setBankVersion}
        >
          <option value="">{t('create.newestVersion')}</option>
          {versions.data?.versions.map((v) => (
            <option key={v.version} value={v.version}>
              {v.version}
            </option>
          ))}
        </SelectField>
        <button type="submit" className="button" disabled={create.isPending}>
          {t('create.submit')}
        </button>
      </form>
    </section>
  );
}
