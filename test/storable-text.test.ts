import { beforeAll, describe, expect, it } from 'vitest';
import { findUnstorableText } from '#server/http/storable-text';
import { useTestApp } from './support/app';
import { loginAs, organisationIdByCode, type TestUser } from './support/auth';
import { openRoundWithInvitations, responseUrl } from './support/survey';

const ctx = useTestApp({}, { captureErrorLogs: true });
let admin: TestUser;

beforeAll(async () => {
  admin = await loginAs(ctx.app, [{ role: 'admin' }]);
});

/** A 400 in the validation error shape naming the field, and nothing logged as an error. */
function expectRefused(response: { statusCode: number; json(): unknown }, field: string) {
  expect(response.statusCode).toBe(400);
  expect(response.json()).toMatchObject({
    error: { code: 'validation_failed', message: expect.stringContaining(field), details: { issues: [{ field }] } },
  });
  expect(ctx.errorLogs).toEqual([]);
}

describe('text PostgreSQL cannot store is refused at the edge', () => {
  it('refuses a NUL byte in a login e-mail without logging an error', async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'a\u0000@example.se', password: 'whatever-long-enough' },
    });
    expectRefused(response, 'body.email');
  });

  it('refuses a NUL byte in a search filter', async () => {
    for (const url of ['/api/admin/users?search=a%00b', '/api/admin/organisations?search=%00']) {
      const response = await ctx.app.inject({ method: 'GET', url, headers: { cookie: admin.cookie } });
      expectRefused(response, 'querystring.search');
    }
  });

  it('refuses a NUL byte in an organisation name, and stores nothing', async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/admin/organisations',
      headers: { cookie: admin.cookie },
      payload: { code: 'NUL-1', name: 'Bolag\u0000AB', type: 'bolag' },
    });
    expectRefused(response, 'body.name');
    expect(await ctx.app.db.selectFrom('organisation').select('id').where('code', '=', 'NUL-1').execute()).toEqual([]);
  });

  it('refuses a lone surrogate in a comment instead of storing U+FFFD', async () => {
    await openRoundWithInvitations(ctx.app, 2041, ['0114']);
    const respondent = await loginAs(ctx.app, [{ role: 'respondent', organisationCode: '0114' }]);
    const url = `${responseUrl(2041, await organisationIdByCode(ctx.app, '0114'))}/areas/risk`;
    const save = (comment: string) =>
      ctx.app.inject({ method: 'PUT', url, headers: { cookie: respondent.cookie }, payload: { version: 0, main: 'no', followup: null, comment } });
    expectRefused(await save('\ud800x'), 'body.comment');
    expect(await ctx.app.db.selectFrom('answer').select('comment').execute()).toEqual([]);
    // A pair is one character, and welcome.
    const paired = await save('Sköld 🛡️ och 𝕄');
    expect(paired.statusCode, paired.body).toBe(200);
  });

  it('refuses a NUL byte in a CSV body', async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/admin/organisations/attributes/import',
      headers: { cookie: admin.cookie, 'content-type': 'text/csv' },
      payload: 'code,attribute,value\n0114,kommungrupp,A\u00001\n',
    });
    expectRefused(response, 'body');
  });

  it('names the nested field, and finds bad object keys', () => {
    expect(findUnstorableText({ a: [{ b: 'ok' }, { c: 'x\u0000' }] }, 'body')).toEqual({
      field: 'body.a.1.c',
      message: expect.stringContaining('NUL'),
    });
    expect(findUnstorableText({ ['k\udc00']: 1 }, 'body')).toMatchObject({ field: 'body', message: expect.stringContaining('key') });
    expect(findUnstorableText({ text: 'åäö 🛡️', n: 1, none: null }, 'body')).toBeUndefined();
  });
});
