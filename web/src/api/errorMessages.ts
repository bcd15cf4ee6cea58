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

/** The request fields the server's validation complained about, e.g. ['body.password']. */
export function invalidFields(error: ApiError): string[] {
  const issues = (error.details as { issues?: { field?: unknown }[] } | undefined)?.issues;
  if (!Array.isArray(issues)) return [];
  return issues.map((issue) => issue.field).filter((field): field is string => typeof field === 'string');
}
