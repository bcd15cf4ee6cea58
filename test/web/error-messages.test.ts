import { beforeAll, describe, expect, test, vi } from 'vitest';
import { ApiError, NETWORK_ERROR_STATUS } from '#web/api/client';
import { describeApiError } from '#web/api/errorMessages';
import { describeApiErrorSoon, describeWithoutCodes } from '#web/api/errorText';
import { i18n, loadNamespaces } from '#web/i18n/index';

// The client's i18n module marks the page's language on <html> when it loads: give it a document first.
vi.hoisted(() => {
  Object.assign(globalThis, { document: { documentElement: { lang: '' } } });
});

const t = () => i18n.getFixedT(null, 'common');
const locked = (details?: { retryAfterSeconds: number }) => new ApiError(429, 'too_many_attempts', 'Too many failed attempts.', details);

describe('the lock-out message after failed logins', () => {
  beforeAll(async () => {
    await i18n.changeLanguage('sv');
    await loadNamespaces(['errors']);
  });

  test('says how long to wait, in whole minutes, in the user’s language', () => {
    expect(describeApiError(locked({ retryAfterSeconds: 600 }), t())).toBe('För många misslyckade inloggningar. Vänta 10 minuter och försök igen.');
    expect(describeApiError(locked({ retryAfterSeconds: 61 }), t())).toBe('För många misslyckade inloggningar. Vänta 2 minuter och försök igen.');
    expect(describeApiError(locked({ retryAfterSeconds: 20 }), t())).toBe('För många misslyckade inloggningar. Vänta 1 minut och försök igen.');
  });

  test('without a time from the server, asks to wait a while', () => {
    expect(describeApiError(locked(), t())).toBe('För många misslyckade inloggningar. Vänta en stund och försök igen.');
  });

  test('in English too', async () => {
    await i18n.changeLanguage('en');
    await loadNamespaces(['errors']);
    expect(describeApiError(locked({ retryAfterSeconds: 300 }), t())).toBe('Too many failed logins. Wait 5 minutes and try again.');
    await i18n.changeLanguage('sv');
  });
});

// The error texts load when an error shows (docs/decisions/0019): until they have, an error says what its status says.
describe('an error before the error texts have loaded', () => {
  beforeAll(async () => {
    await i18n.changeLanguage('sv');
    await loadNamespaces(['errors']);
  });

  test('says what its HTTP status says, and the same as describeApiError for a code it does not know', () => {
    const missing = new ApiError(404, 'not_found', 'Not found.', { resource: 'round' });
    expect(describeWithoutCodes(missing, t())).toBe(t()('errors.notFoundGeneric'));
    expect(describeWithoutCodes(new ApiError(NETWORK_ERROR_STATUS, 'network_error', ''), t())).toBe(t()('errors.network'));
    expect(describeWithoutCodes(new Error('boom'), t())).toBe(t()('errors.server'));
    const unknown = new ApiError(409, 'some_newer_code', 'Newer server.');
    expect(describeApiError(unknown, t())).toBe(describeWithoutCodes(unknown, t()));
  });

  test('an event handler waits for the texts and gets the code’s own words', async () => {
    const missing = new ApiError(404, 'not_found', 'Not found.', { resource: 'round' });
    const text = await describeApiErrorSoon(missing, t());
    expect(text).toBe(describeApiError(missing, t()));
    expect(text).not.toBe(describeWithoutCodes(missing, t()));
  });
});
