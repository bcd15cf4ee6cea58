import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { loginPathReturningTo, paths } from '#web/app/paths';
import { acceptInvitationWithAccount, type InvitationDescription } from '#web/auth/authApi';
import { sessionQueryKey, useSession } from '#web/auth/session';
import { tokenRefusal } from '#web/auth/tokenFormErrors';
import { describeApiError } from '#web/api/errorMessages';

/** An invitation to someone who already has an account: they log in with it and accept; nothing is granted before. */
export function AcceptWithAccount({ token, invitation }: { token: string; invitation: InvitationDescription }) {
  const { t } = useTranslation('auth');
  const { t: tAccess } = useTranslation('access');
  const { t: tCommon } = useTranslation();
  const { user } = useSession();
  const queryClient = useQueryClient();
  const accept = useMutation({
    mutationFn: () => acceptInvitationWithAccount(token),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionQueryKey }),
  });

  if (accept.isSuccess) {
    return (
      <div className="page page--narrow">
        <h1>{t('invitation.acceptedTitle')}</h1>
        <p>{t('invitation.acceptedBody')}</p>
        <Link to={paths.start}>{t('invitation.goToStart')}</Link>
      </div>
    );
  }
  const here = `${paths.acceptInvitation}?token=${encodeURIComponent(token)}`;
  const problem = accept.isError ? (tokenRefusal(accept.error, 'invitation', t) ?? describeApiError(accept.error, tCommon)) : null;
  return (
    <div className="page page--narrow">
      <h1>{t('invitation.acceptTitle')}</h1>
      <p>{t('invitation.acceptIntro', { email: invitation.email })}</p>
      <ul>
        {invitation.roles.map((r) => (
          <li key={`${r.role}-${r.organisationName ?? ''}`}>{t(`invitation.roles.${r.role}`, { organisation: r.organisationName ?? '' })}</li>
        ))}
        {invitation.auditor && <li>{tAccess('invitation', { ...invitation.auditor, organisation: invitation.auditor.organisationName })}</li>}
      </ul>
      {problem && (
        <p role="alert" className="form-error">
          {problem}
        </p>
      )}
      {!user ? (
        <Link className="button" to={loginPathReturningTo(here)}>
          {t('invitation.logInToAccept')}
        </Link>
      ) : user.email !== invitation.email ? (
        <p role="status">{t('invitation.otherAccount', { email: invitation.email })}</p>
      ) : (
        <button type="button" className="button" disabled={accept.isPending} onClick={() => accept.mutate()}>
          {accept.isPending ? t('invitation.accepting') : t('invitation.accept')}
        </button>
      )}
    </div>
  );
}
