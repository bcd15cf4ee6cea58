import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { describeApiError } from '#web/api/errorMessages';
import { useActionProblem } from '#web/forms/useActionProblem';
import { adminKeys, grantRole, revokeRole, setUserDisabled, type AdminUserView } from './adminApi';
import { formatTimestamp, inSentence } from './format';
import { RoleFields, toGrant, type RoleChoice } from './RoleFields';

type Props = { user: AdminUserView; onStatus: (message: string) => void };

/** One user: roles with remove buttons, status, and the actions an administrator takes. */
export function UserRow({ user, onStatus }: Props) {
  const { t, i18n } = useTranslation('admin');
  const { t: tCommon } = useTranslation();
  const queryClient = useQueryClient();
  const who = user.name || user.email;
  const run = useMutation({
    mutationFn: (action: () => Promise<unknown>) => action(),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: adminKeys.all }),
    onError: (error) => onStatus(describeApiError(error, tCommon)),
  });
  const act = (action: () => Promise<unknown>, message: string) => run.mutate(action, { onSuccess: () => onStatus(message) });

  return (
    <tr>
      <th scope="row">
        {user.name && (
          <span>
            {user.name}
            <br />
          </span>
        )}
        <span className={user.name ? 'muted' : undefined}>{user.email}</span>
      </th>
      <td>
        <ul className="role-list">
          {user.roles.map((role) => {
            const label = `${tCommon(`roles.${role.role}`)}${role.organisationName ? `, ${role.organisationName}` : ''}`;
            return (
              <li key={role.id}>
                {label}{' '}
                <button
                  type="button"
                  className="button button--secondary button--small"
                  aria-label={t('users.revokeLabel', { role: inSentence(label, i18n.language), user: who })}
                  disabled={run.isPending}
                  onClick={() => act(() => revokeRole(user.id, role.id), t('users.revoked', { role: inSentence(label, i18n.language), user: who }))}
                >
                  {t('users.revoke')}
                </button>
              </li>
            );
          })}
        </ul>
        <GrantRole user={user} onStatus={onStatus} />
      </td>
      <td>{user.lastLoginAt ? formatTimestamp(user.lastLoginAt, i18n.language) : t('users.never')}</td>
      <td>
        {user.disabledAt
          ? t('users.disabled')
          : user.pendingInvitationExpiresAt
            ? t('users.invitationPending', { date: formatTimestamp(user.pendingInvitationExpiresAt, i18n.language) })
            : user.hasPassword
              ? t('users.active')
              : t('users.noPassword')}
      </td>
      <td>
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={run.isPending}
          aria-label={t(user.disabledAt ? 'users.enableLabel' : 'users.disableLabel', { user: who })}
          onClick={() =>
            act(() => setUserDisabled(user.id, !user.disabledAt), t(user.disabledAt ? 'users.enabled' : 'users.disabledDone', { user: who }))
          }
        >
          {t(user.disabledAt ? 'users.enable' : 'users.disable')}
        </button>
      </td>
    </tr>
  );
}

function GrantRole({ user, onStatus }: Props) {
  const { t, i18n } = useTranslation('admin');
  const { t: tCommon } = useTranslation();
  const queryClient = useQueryClient();
  const [choice, setChoice] = useState<RoleChoice>({ role: 'viewer', organisationId: '' });
  const { problem, refuse, attempt } = useActionProblem();
  const grant = useMutation({ mutationFn: (body: Parameters<typeof grantRole>[1]) => grantRole(user.id, body) });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = toGrant(choice);
    if (!body) return refuse(t('roles.organisationMissing'));
    await attempt(async () => {
      await grant.mutateAsync(body);
      await queryClient.invalidateQueries({ queryKey: adminKeys.all });
      onStatus(t('users.granted', { role: inSentence(tCommon(`roles.${body.role}`), i18n.language), user: user.name || user.email }));
    });
  }

  return (
    <details>
      <summary>
        {t('users.grant')}
        <span className="visually-hidden">{` – ${user.name || user.email}`}</span>
      </summary>
      <form onSubmit={submit} noValidate>
        <RoleFields idPrefix={`grant-${user.id}`} value={choice} onChange={setChoice} />
        {problem && (
          <p role="alert" className="field__error">
            {problem}
          </p>
        )}
        <button type="submit" className="button button--small" disabled={grant.isPending}>
          {t('users.grantSubmit')}
        </button>
      </form>
    </details>
  );
}
