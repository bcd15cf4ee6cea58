import type { TFunction } from 'i18next';
import { ApiError, NETWORK_ERROR_STATUS } from './client';

/** A message for the user about a failed call, in their language where we know the case. */
export function describeApiError(error: unknown, t: TFunction<'common'>): string {
  if (!(error instanceof ApiError)) return t('errors.server');
  if (error.status === NETWORK_ERROR_STATUS) return t('errors.network');
  if (error.status === 429) return t('errors.rateLimited');
  if (error.status === 401) return t('errors.unauthorized');
  if (error.status === 403) return t('errors.forbidden');
  if (error.status >= 500) return t('errors.server');
  return error.message;
}

/** A failure that asking again at once may fix: the server could not be reached, or answered 5xx. Never a 4xx. */
export function isRetryableError(error: unknown): boolean {
  return error instanceof ApiError && (error.status === NETWORK_ERROR_STATUS || error.status >= 500);
}

/**
 * A failure that goes away by itself once the server is back: it could not be
 * reached, or said it is (temporarily) unavailable (503 while the database is
 * away; 502/504 from a proxy). Worth asking again later, unlike a 500.
 */
export function isTransientError(error: unknown): boolean {
  return error instanceof ApiError && (error.status === NETWORK_ERROR_STATUS || [502, 503, 504].includes(error.status));
}

/** The request fields the server's validation complained about, e.g. ['body.password']. */
export function invalidFields(error: ApiError): string[] {
  const issues = (error.details as { issues?: { field?: unknown }[] } | undefined)?.issues;
  if (!Array.isArray(issues)) return [];
  return issues.map((issue) => issue.field).filter((field): field is string => typeof field === 'string');
}
