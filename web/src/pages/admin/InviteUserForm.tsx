import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { describeApiError } from '../../api/errorMessages';
import { emailProblem } from '../../auth/validation';
import { ErrorSummary } from '../../forms/ErrorSummary';
import { TextField } from '../../forms/TextField';
import { hasErrors, useForm } from '../../forms/useForm';
import { adminKeys, inviteUser } from './adminApi';
import { RoleFields, toGrant, type RoleChoice } from './RoleFields';

/** Invite by e-mail with one role; the result says whether a link went out or roles were added. */
export function InviteUserForm({ onDone }: { onDone: (message: string) => void }) {
  const { t } = useTranslation('admin');
  const { t: tAuth } = useTranslation('auth');
  const { t: tCommon } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm({ email: '', name: '' });
  const [role, setRole] = useState<RoleChoice>({ role: 'respondent', organisationId: '' });
  const invite = useMutation({ mutationFn: inviteUser });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const grant = toGrant(role);
    const fieldErrors = { email: emailProblem(form.values.email, tAuth) };
    if (hasErrors(fieldErrors) || !grant) {
      return form.fail({ fieldErrors, ...(!grant && { formProblem: { message: t('roles.organisationMissing') } }) });
    }
    form.clearProblems();
    try {
      const name = form.values.name.trim();
      const result = await invite.mutateAsync({ email: form.values.email.trim(), ...(name && { name }), roles: [grant] });
      await queryClient.invalidateQueries({ queryKey: adminKeys.all });
      onDone(t(result.outcome === 'invited' ? 'invite.sent' : 'invite.rolesAdded', { email: result.email }));
      form.setValue('email', '');
      form.setValue('name', '');
    } catch (error) {
      form.fail({ formProblem: { message: describeApiError(error, tCommon) } });
    }
  }

  return (
    <form className="form" onSubmit={submit} noValidate aria-labelledby="invite-heading">
      <ErrorSummary problems={form.problems} focusKey={form.focusKey} />
      <TextField {...form.fieldProps('email')} id="email" type="email" label={t('invite.email')} autoComplete="off" />
      <TextField {...form.fieldProps('name')} id="name" label={t('invite.name')} hint={t('invite.nameHint')} autoComplete="off" required={false} />
      <RoleFields idPrefix="invite" value={role} onChange={setRole} />
      <button type="submit" className="button" disabled={invite.isPending}>
        {invite.isPending ? t('invite.submitting') : t('invite.submit')}
      </button>
    </form>
  );
}
