import { describe, expect, test, vi } from 'vitest';
import { apiUrl } from '#web/api/client';

// The client's i18n module marks the page's language on <html> when it loads: give it a document first.
vi.hoisted(() => {
  Object.assign(globalThis, { document: { documentElement: { lang: '' } } });
});

describe('apiUrl: addresses of GETs checked against the generated contract', () => {
  test('fills in path parameters (encoded) and leaves out unset query parameters', () => {
    expect(apiUrl('/api/health')).toBe('/api/health');
    expect(apiUrl('/api/admin/rounds/{year}/responses/export', { path: { year: 2025 } })).toBe('/api/admin/rounds/2025/responses/export');
    expect(
      apiUrl('/api/rounds/{year}/aggregates/export', {
        path: { year: 2025 },
        query: { county: '09', orgType: undefined, attribute: 'storlek', value: 'a&b', format: 'xlsx', lang: 'en' },
      }),
    ).toBe('/api/rounds/2025/aggregates/export?county=09&attribute=storlek&value=a%26b&format=xlsx&lang=en');
    expect(apiUrl('/api/admin/question-bank/versions/{version}', { path: { version: 'v 1/2' } })).toBe('/api/admin/question-bank/versions/v%201%2F2');
  });

  test('tsc refuses what the contract does not allow', () => {
    // These lines are checked by `npm run typecheck` (tsconfig.test.json); at run time they only build strings.
    // @ts-expect-error a path the API does not have
    apiUrl('/api/nowhere');
    // @ts-expect-error a path that answers no GET
    apiUrl('/api/auth/login');
    // @ts-expect-error the path parameter is required
    apiUrl('/api/rounds/{year}/aggregates/export');
    // @ts-expect-error a format the export does not make
    apiUrl('/api/rounds/{year}/aggregates/export', { path: { year: 2025 }, query: { format: 'pdf' } });
    // @ts-expect-error a query parameter the export does not take
    apiUrl('/api/rounds/{year}/aggregates/export', { path: { year: 2025 }, query: { page: 2 } });
  });
});
