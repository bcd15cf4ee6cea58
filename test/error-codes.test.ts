import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES, MISSING_RESOURCES, ROW_RULES, VALIDATION_RULES } from '#shared/api/error-codes';
import { errorBodySchema } from '#shared/api/errors';
import { useTestApp } from './support/app';
import { loginAs, organisationIdByCode } from './support/auth';
import { roundAdminApi } from './support/round-admin';
import { openRoundWithInvitations } from './support/survey';

const ROOT = path.resolve(import.meta.dirname, '..');
type Catalogue = Record<string, Record<string, string>>;
const catalogue = (language: string): Catalogue =>
  JSON.parse(readFileSync(path.join(ROOT, 'web/src/i18n', language, 'errors.json'), 'utf8')) as Catalogue;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? sourceFiles(file) : file.endsWith('.ts') ? [file] : [];
  });
}

/** A key is translated when it, or its plural forms, hold text. */
const hasText = (table: Record<string, string>, key: string) => Boolean(table[key] ?? (table[`${key}_one`] && table[`${key}_other`]));

describe('the error codes', () => {
  it('every code, rule and missing resource has a Swedish and an English text', () => {
    for (const language of ['sv', 'en']) {
      const errors = catalogue(language);
      for (const code of ERROR_CODES) expect(hasText(errors.codes!, code), `${language} errors.codes.${code}`).toBe(true);
      for (const rule of VALIDATION_RULES) expect(hasText(errors.rules!, rule), `${language} errors.rules.${rule}`).toBe(true);
      for (const rule of ROW_RULES) expect(hasText(errors.rows!, rule), `${language} errors.rows.${rule}`).toBe(true);
      for (const resource of MISSING_RESOURCES) expect(hasText(errors.notFound!, resource), `${language} errors.notFound.${resource}`).toBe(true);
    }
  });

  it('every declared code is one the server can answer, and the OpenAPI schema lists exactly these', () => {
    const server = sourceFiles(path.join(ROOT, 'server'))
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    const unused = ERROR_CODES.filter((code) => !server.includes(`'${code}'`));
    expect(unused).toEqual([]);
    expect(errorBodySchema.shape.error.shape.code.options).toEqual(ERROR_CODES);
  });
});

describe('error details the client translates from', () => {
  const ctx = useTestApp();
  const post = (cookie: string, url: string, payload: object) => ctx.app.inject({ method: 'POST', url, headers: { cookie }, payload });

  it('names each refused field with a rule and the limit it broke', async () => {
    const admin = await loginAs(ctx.app, [{ role: 'admin' }]);
    const response = await post(admin.cookie, '/api/admin/organisations', {
      code: 'K990',
      name: 'x'.repeat(500),
      type: 'kommunalforbund',
      countyCode: null,
      groupIds: [],
      contactEmail: 'inte-en-adress',
    });
    expect(response.statusCode).toBe(400);
    const { error } = response.json();
    expect(error.code).toBe('validation_failed');
    expect(error.details.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'body.contactEmail', rule: 'email_invalid', format: 'email' }),
        expect.objectContaining({ field: 'body.name', rule: 'too_big', origin: 'string', maximum: expect.any(Number) }),
      ]),
    );

    const missing = await post(admin.cookie, '/api/admin/organisations', {
      code: 'K991',
      type: 'kommunalforbund',
      countyCode: null,
      groupIds: [],
      contactEmail: null,
    });
    expect(missing.json().error.details.issues).toEqual([expect.objectContaining({ field: 'body.name', rule: 'required' })]);
  });

  it('says which round already exists, and which organisation code is taken', async () => {
    const admin = await loginAs(ctx.app, [{ role: 'admin' }]);
    const api = roundAdminApi(ctx.app, admin.cookie);
    expect((await api.createRound(2061)).statusCode).toBe(201);
    const again = await api.createRound(2061);
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ code: 'round_exists', details: { year: 2061 } });

    const taken = await post(admin.cookie, '/api/admin/organisations', {
      code: '0114',
      name: 'Dubblett',
      type: 'kommunalforbund',
      countyCode: null,
      groupIds: [],
      contactEmail: null,
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error).toMatchObject({ code: 'organisation_code_exists', details: { code: '0114' } });
  });

  it('says what could not be found: another organisation’s response, a route', async () => {
    await openRoundWithInvitations(ctx.app, 2062, ['0114', '0115']);
    const respondent = await loginAs(ctx.app, [{ role: 'respondent', organisationCode: '0114' }]);
    const other = await organisationIdByCode(ctx.app, '0115');
    const response = await ctx.app.inject({
      method: 'GET',
      url: `/api/rounds/2062/organisations/${other}/response`,
      headers: { cookie: respondent.cookie },
    });
    expect(response.statusCode).toBe(404);
    expect(response.json().error).toMatchObject({ code: 'not_found', details: { resource: 'response' } });

    const route = await ctx.app.inject({ method: 'GET', url: '/api/no-such-thing' });
    expect(route.json().error).toMatchObject({ code: 'not_found', details: { resource: 'route' } });

    const year = await ctx.app.inject({ method: 'GET', url: `/api/rounds/1999/organisations/165/response`, headers: { cookie: respondent.cookie } });
    expect(year.statusCode).toBe(400);
    expect(year.json().error.details.issues[0]).toMatchObject({ field: 'params.year', rule: expect.any(String) });
  });

  it('refuses a too common password with its rule', async () => {
    const user = await loginAs(ctx.app, [{ role: 'respondent', organisationCode: '0114' }]);
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: { cookie: user.cookie },
      payload: { currentPassword: 'korrekt häst batteri häftklammer', newPassword: 'password1234' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details.issues).toEqual([expect.objectContaining({ field: 'body.newPassword', rule: 'password_too_common' })]);
  });
});
