import { beforeAll, describe, expect, test, vi } from 'vitest';
import { ApiError } from '#web/api/client';
import { describeApiError } from '#web/api/errorMessages';
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
