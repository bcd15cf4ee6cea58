import type { TFunction } from 'i18next';
import { ApiError } from '#web/api/client';
import { invalidFields } from '#web/api/errorMessages';

export type TokenPurpose = 'invitation' | 'passwordReset';

/**
 * What a reset-password or accept-invitation page says about a link the
 * server refused, or undefined when the refusal is about something else.
 * A token the request schema refuses (a link cut off in the mail program) is
 * just as invalid as an unknown one, not a technical validation message.
 */
export function tokenRefusal(error: unknown, purpose: TokenPurpose, t: TFunction<'auth'>): string | undefined {
  if (!(error instanceof ApiError) || error.status !== 400) return undefined;
  switch (error.code) {
    case 'token_invalid':
      return t('serverErrors.tokenInvalid');
    case 'token_expired':
      return t('serverErrors.tokenExpired');
    case 'token_used':
      return purpose === 'invitation' ? t('serverErrors.invitationUsed') : t('serverErrors.tokenUsed');
  }
  return invalidFields(error).includes('body.token') ? t('serverErrors.tokenInvalid') : undefined;
}
