import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, NETWORK_ERROR_STATUS } from './client';
import { loadErrorMessages, loadedErrorMessages } from './errorMessagesLoader';

type T = TFunction<'common'>;

/**
 * What can be said of a failed call without the error texts' module: the
 * server could not be reached, or the HTTP status in general words (common
 * namespace, always there). describeApiError says the same for a call without
 * a known code, and this is its text while the module is still loading (or
 * could not load: offline).
 */
export function describeWithoutCodes(error: unknown, t: T): string {
  if (!(error instanceof ApiError)) return t('errors.server');
  if (error.status === NETWORK_ERROR_STATUS) return t('errors.network');
  const { status } = error;
  if (status === 401) return t('errors.unauthorized');
  if (status === 403) return t('errors.forbidden');
  if (status === 404) return t('errors.notFoundGeneric');
  if (status === 429) return t('errors.rateLimited');
  if (status >= 500) return t('errors.server');
  return t('errors.badRequest');
}

/** Whether describing this error needs the error texts' module (an API error with a code), not only the status. */
const needsErrorTexts = (error: unknown) => error instanceof ApiError && error.status !== NETWORK_ERROR_STATUS;

/**
 * describeApiError for rendering: the final text at once when the error texts
 * have loaded (the API client loads them before a failed call's error
 * surfaces), else the status's general text until they have.
 */
export function useApiErrorText(error: unknown): string {
  const { t } = useTranslation();
  const [messages, setMessages] = useState(loadedErrorMessages);
  const waiting = !messages && needsErrorTexts(error);
  useEffect(() => {
    if (!waiting) return;
    let current = true;
    loadErrorMessages().then(
      (module) => current && setMessages(module),
      () => undefined, // offline: the general text stays
    );
    return () => {
      current = false;
    };
  }, [waiting]);
  return messages ? messages.describeApiError(error, t) : describeWithoutCodes(error, t);
}

/** An error's text in the user's words (useApiErrorText), e.g. inside a role="alert" paragraph. */
export function ApiErrorText({ error }: { error: unknown }) {
  return useApiErrorText(error);
}

/** describeApiError for an event handler: waits for the error texts, or says what the status says if they cannot load. */
export async function describeApiErrorSoon(error: unknown, t: T): Promise<string> {
  if (!needsErrorTexts(error)) return describeWithoutCodes(error, t);
  try {
    return (await loadErrorMessages()).describeApiError(error, t);
  } catch {
    return describeWithoutCodes(error, t);
  }
}
