import type { TFunction } from 'i18next';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../../shared/api/password-rules';

type T = TFunction<'auth'>;

// Catches typos only; the server decides what a valid address is.
const LOOKS_LIKE_EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function emailProblem(email: string, t: T): string | undefined {
  if (!email.trim()) return t('validation.emailRequired');
  if (!LOOKS_LIKE_EMAIL.test(email.trim())) return t('validation.emailInvalid');
  return undefined;
}

export function newPasswordProblem(password: string, t: T): string | undefined {
  if (password.length < PASSWORD_MIN_LENGTH) return t('validation.newPasswordTooShort', { min: PASSWORD_MIN_LENGTH });
  if (password.length > PASSWORD_MAX_LENGTH) return t('validation.newPasswordTooLong', { max: PASSWORD_MAX_LENGTH });
  return undefined;
}

export function confirmationProblem(password: string, confirmation: string, t: T): string | undefined {
  return password === confirmation ? undefined : t('validation.confirmPasswordMismatch');
}
