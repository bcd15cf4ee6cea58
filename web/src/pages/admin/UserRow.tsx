import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { describeApiError } from '#web/api/errorMessages';
import { z } from 'zod';
import { roleSchema } from '#shared/api/auth';
import { Form } from '#web/forms/Form';
import { showServerError } from '#web/forms/serverErrors';
import { useSchemaForm } from '#web/forms/useSchemaForm';
import { adminKeys, grantRole, revokeRole, setUserDisabled, type AdminUserView } from './adminApi';
import { formatTimestamp, inSentence } from './format';
import { LazyDetails } from './LazyDetails';
import { FormRoleFields, hasOrganisationIfNeeded, organisationRequired, toGrant } from './RoleFields';

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

/** One role (with its organisation when it needs one) as the grant the shared request takes. */
const grantSchema = z
  .object({ role: roleSchema, organisation: z.string() })
  .refine(hasOrganisationIfNeeded, organisationRequired)
  .transform((choice) => toGrant({ role: choice.role, organisationId: choice.organisation })!);

function GrantRole({ user, onStatus }: Props) {
  const { t } = useTranslation('admin');
  const summary = (
    <>
      {t('users.grant')}
      <span className="visually-hidden">{` – ${user.name || user.email}`}</span>
    </>
  );
  return <LazyDetails summary={summary}>{() => <GrantRoleForm user={user} onStatus={onStatus} />}</LazyDetails>;
}

function GrantRoleForm({ user, onStatus }: Props) {
  const { t, i18n } = useTranslation('admin');
  const { t: tCommon } = useTranslation();
  const queryClient = useQueryClient();
  const form = useSchemaForm(grantSchema, { role: 'viewer', organisation: '' });
  const grant = useMutation({ mutationFn: (body: z.output<typeof grantSchema>) => grantRole(user.id, body) });

  async function submit(body: z.output<typeof grantSchema>) {
    try {
      await grant.mutateAsync(body);
      await queryClient.invalidateQueries({ queryKey: adminKeys.all });
      onStatus(t('users.granted', { role: inSentence(tCommon(`roles.${body.role}`), i18n.language), user: user.name || user.email }));
    } catch (error) {
      showServerError(form, error, { fields: { 'body.role': 'role', 'body.organisationId': 'organisation' } });
    }
  }

  return (
    <Form form={form} onSubmit={submit} summaryId={`grant-error-summary-${user.id}`} fieldPrefix={`grant-${user.id}-`}>
      <FormRoleFields idPrefix={`grant-${user.id}`} />
      <button type="submit" className="button button--small" disabled={grant.isPending}>
        {t('users.grantSubmit')}
      </button>
    </Form>
  );
}
