import type { TFunction } from 'i18next';
import { ApiError } from '../api/client';
import { describeApiError, fieldError, invalidFields } from '../api/errorMessages';

export type TokenFormFailure = { passwordError?: string; formMessage?: string };
export type TokenPurpose = 'invitation' | 'passwordReset';

/**
 * Turns a failed reset-password or accept-invitation call into what the form
 * shows: a rejected password goes on the password field, a bad link token in
 * the summary, each in the reader's words (never the server's English).
 * A token the request schema refuses (a link cut off in the mail program) is
 * just as invalid as an unknown one, not a technical validation message.
 */
export function tokenFormFailure(error: unknown, purpose: TokenPurpose, t: TFunction<'auth'>, tCommon: TFunction<'common'>): TokenFormFailure {
  if (!(error instanceof ApiError) || error.status !== 400) return { formMessage: describeApiError(error, tCommon) };
  switch (error.code) {
    case 'token_invalid':
      return { formMessage: t('serverErrors.tokenInvalid') };
    case 'token_expired':
      return { formMessage: t('serverErrors.tokenExpired') };
    case 'token_used':
      return { formMessage: purpose === 'invitation' ? t('serverErrors.invitationUsed') : t('serverErrors.tokenUsed') };
  }
  const fields = invalidFields(error);
  if (fields.includes('body.token')) return { formMessage: t('serverErrors.tokenInvalid') };
  const passwordError = fieldError(error, 'body.password', tCommon);
  if (passwordError) return { passwordError };
  return { formMessage: describeApiError(error, tCommon) };
}
