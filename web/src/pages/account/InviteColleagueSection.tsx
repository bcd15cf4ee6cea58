import { useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { describeApiError, invalidFields } from '../../api/errorMessages';
import { emailProblem } from '../../auth/validation';
import { ErrorSummary } from '../../forms/ErrorSummary';
import { SelectField } from '../../forms/SelectField';
import { TextField } from '../../forms/TextField';
import { hasErrors, useForm, type FormFailure } from '../../forms/useForm';
import { inviteColleague, type ColleagueRole } from './accountApi';
import { StatusMessage } from './StatusMessage';

export type OwnOrganisation = { id: number; name: string };
type InviteField = 'inviteOrganisation' | 'inviteEmail' | 'inviteName' | 'inviteRole';

// The same limit as organisationInviteBodySchema in shared/api/users.ts.
const NAME_MAX_LENGTH = 200;
const ROLES: readonly ColleagueRole[] = ['respondent', 'viewer'];

/** A respondent invites a colleague to their own organisation, as respondent or viewer. */
export function InviteColleagueSection({ organisations }: { organisations: OwnOrganisation[] }) {
  const { t } = useTranslation('account');
  const { t: tAuth } = useTranslation('auth');
  const { t: tCommon } = useTranslation();
  const form = useForm<InviteField>(
    { inviteOrganisation: String(organisations[0]!.id), inviteEmail: '', inviteName: '', inviteRole: 'respondent' },
    { formProblemId: 'invite-form-problem' },
  );
  const invite = useMutation({ mutationFn: inviteColleague });
  const [status, setStatus] = useState('');
  const { inviteOrganisation, inviteEmail, inviteName, inviteRole } = form.values;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setStatus('');
    const fieldErrors = {
      inviteEmail: emailProblem(inviteEmail, tAuth),
      inviteName: inviteName.trim().length > NAME_MAX_LENGTH ? t('invite.nameTooLong', { max: NAME_MAX_LENGTH }) : undefined,
    };
    if (hasErrors(fieldErrors)) return form.fail({ fieldErrors });
    form.clearProblems();
    try {
      const name = inviteName.trim();
      const result = await invite.mutateAsync({
        organisationId: Number(inviteOrganisation),
        email: inviteEmail.trim(),
        ...(name && { name }),
        role: inviteRole as ColleagueRole,
      });
      setStatus(t('invite.sent', { email: result.email }));
      form.setValue('inviteEmail', '');
      form.setValue('inviteName', '');
    } catch (error) {
      form.fail(inviteFailure(error, t, tAuth, tCommon));
    }
  }

  const selectProps = (field: 'inviteOrganisation' | 'inviteRole') => {
    const { id, value, onChange, error } = form.fieldProps(field);
    return { id, value, onChange, error };
  };

  return (
    <section className="account-section" aria-labelledby="invite-heading">
      <h2 id="invite-heading">{t('invite.heading')}</h2>
      <p>{t('invite.intro')}</p>
      <ErrorSummary id="invite-error-summary" problems={form.problems} focusKey={form.focusKey} />
      <form className="form" onSubmit={submit} noValidate aria-labelledby="invite-heading">
        {organisations.length > 1 && (
          <SelectField {...selectProps('inviteOrganisation')} label={t('invite.organisation')}>
            {organisations.map((organisation) => (
              <option key={organisation.id} value={organisation.id}>
                {organisation.name}
              </option>
            ))}
          </SelectField>
        )}
        <TextField {...form.fieldProps('inviteEmail')} type="email" label={t('invite.email')} autoComplete="off" />
        <TextField {...form.fieldProps('inviteName')} label={t('invite.name')} hint={t('invite.nameHint')} autoComplete="off" required={false} />
        <SelectField {...selectProps('inviteRole')} label={t('invite.role')}>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {t(`invite.roles.${role}`)}
            </option>
          ))}
        </SelectField>
        <button type="submit" className="button" disabled={invite.isPending}>
          {invite.isPending ? t('invite.submitting') : t('invite.submit')}
        </button>
      </form>
      <StatusMessage id="invite-status" message={status} />
    </section>
  );
}

/** The API's refusals on the fields they are about; anything else in the summary. */
function inviteFailure(error: unknown, t: TFunction<'account'>, tAuth: TFunction<'auth'>, tCommon: TFunction<'common'>): FormFailure<InviteField> {
  if (!(error instanceof ApiError)) return { formProblem: { message: describeApiError(error, tCommon) } };
  if (error.status === 409) return { fieldErrors: { inviteEmail: t('invite.accountDisabled') } };
  if (error.status === 404) return { formProblem: { message: t('invite.noSuchOrganisation') } };
  if (error.status === 400) {
    const fields = invalidFields(error);
    const fieldErrors = {
      inviteEmail: fields.includes('body.email') ? tAuth('validation.emailInvalid') : undefined,
      inviteName: fields.includes('body.name') ? t('invite.nameTooLong', { max: NAME_MAX_LENGTH }) : undefined,
      inviteRole: fields.includes('body.role') ? describeApiError(error, tCommon) : undefined,
    };
    if (hasErrors(fieldErrors)) return { fieldErrors };
  }
  return { formProblem: { message: describeApiError(error, tCommon) } };
}
