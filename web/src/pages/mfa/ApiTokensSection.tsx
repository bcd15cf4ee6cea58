import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { API_TOKEN_SCOPES, createApiTokenBodySchema } from '#shared/api/mfa';
import { hasAnyRole, useSession } from '#web/auth/session';
import { QueryStatus } from '#web/components/QueryStatus';
import { Form, FormSelectField, FormTextField } from '#web/forms/Form';
import { showServerError } from '#web/forms/serverErrors';
import { useActionProblem } from '#web/forms/useActionProblem';
import { useSchemaForm } from '#web/forms/useSchemaForm';
import { StatusMessage } from '#web/pages/account/StatusMessage';
import { apiTokensQuery, createApiToken, revokeApiToken } from './mfaApi';
import './mfa.css';

// The form's days arrive as text from the input.
const schema = createApiTokenBodySchema.extend({ expiresInDays: z.coerce.number().pipe(createApiTokenBodySchema.shape.expiresInDays) });

/** Personal API tokens for scripts: create one (shown once), see and revoke them. */
export function ApiTokensSection() {
  const { t, i18n } = useTranslation('mfa');
  const { user } = useSession();
  const tokens = useQuery(apiTokensQuery);
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: apiTokensQuery.queryKey });
  const create = useMutation({ mutationFn: createApiToken, onSuccess: refresh });
  const revoke = useMutation({ mutationFn: revokeApiToken, onSuccess: refresh });
  const action = useActionProblem();
  const [created, setCreated] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const form = useSchemaForm(schema, { name: '', scope: 'read', expiresInDays: 90 });
  const scopes = API_TOKEN_SCOPES.filter((scope) => scope === 'read' || hasAnyRole(user, ['admin']));
  const date = (iso: string) => new Date(iso).toLocaleDateString(i18n.language);

  async function submit(body: z.output<typeof schema>) {
    setMessage('');
    try {
      const answer = await create.mutateAsync(body);
      setCreated(answer.token);
      form.reset();
    } catch (error) {
      showServerError(form, error);
    }
  }

  return (
    <section className="account-section" aria-labelledby="tokens-heading">
      <h2 id="tokens-heading">{t('tokens.heading')}</h2>
      <p>{t('tokens.intro')}</p>
      {created && (
        <div role="status" data-testid="new-token">
          <p>{t('tokens.created')}</p>
          <p>
            <code className="mfa-token">{created}</code>
          </p>
        </div>
      )}
      <Form form={form} onSubmit={submit} summaryId="tokens-summary" aria-labelledby="tokens-heading">
        <FormTextField name="name" label={t('tokens.name')} hint={t('tokens.nameHint')} autoComplete="off" />
        <FormSelectField name="scope" label={t('tokens.scope')}>
          {scopes.map((scope) => (
            <option key={scope} value={scope}>
              {t(`tokens.scopes.${scope}`)}
            </option>
          ))}
        </FormSelectField>
        <FormTextField name="expiresInDays" label={t('tokens.expiresInDays')} inputMode="numeric" autoComplete="off" />
        <button type="submit" className="button" disabled={create.isPending}>
          {t('tokens.create')}
        </button>
      </Form>
      <QueryStatus query={tokens} />
      {tokens.data && tokens.data.tokens.length > 0 && (
        <ul className="mfa-list" data-testid="token-list">
          {tokens.data.tokens.map((token) => (
            <li key={token.id}>
              {t('tokens.row', { name: token.name, scope: t(`tokens.scopes.${token.scope}`), expires: date(token.expiresAt) })}{' '}
              {token.revokedAt ? (
                t('tokens.revoked')
              ) : (
                <button
                  type="button"
                  className="button button--quiet"
                  aria-label={t('tokens.revokeNamed', { name: token.name })}
                  disabled={revoke.isPending}
                  onClick={() =>
                    void action.attempt(async () => {
                      await revoke.mutateAsync(token.id);
                      setMessage(t('tokens.revokedMessage', { name: token.name }));
                    })
                  }
                >
                  {t('tokens.revoke')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {action.problem && (
        <p role="alert" className="field__error">
          {action.problem}
        </p>
      )}
      <StatusMessage id="tokens-status" message={message} />
    </section>
  );
}
