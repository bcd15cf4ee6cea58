import { beforeAll, describe, expect, test, vi } from 'vitest';
import { z } from 'zod';
import { createOrganisationBodySchema } from '#shared/api/organisations';
import { ApiError } from '#web/api/client';
import { formRule, schemaResolver } from '#web/forms/schemaResolver';
import { FORM_PROBLEM, MARKED_BY_FORM_PROBLEM, showServerError } from '#web/forms/serverErrors';
import { i18n, loadNamespaces } from '#web/i18n/index';

// The client's i18n module marks the page's language on <html> when it loads: give it a document first.
vi.hoisted(() => {
  Object.assign(globalThis, { document: { documentElement: { lang: '' } } });
});

type Values = { code: string; name: string; account: { email: string } };

/** A stand-in for react-hook-form's setError/getValues that records what the helper sets. */
function fakeForm(values: Values) {
  const set: Record<string, { type: string; message?: string }> = {};
  return { set, form: { setError: (name: string, error: { type: string; message?: string }) => void (set[name] = error), getValues: () => values } };
}

const values: Values = { code: 'K1', name: '', account: { email: 'x' } };
const refused = (issues: object[]) => new ApiError(400, 'validation_failed', 'Invalid body', { issues });

describe('the server’s refusal on a form (showServerError)', () => {
  beforeAll(async () => {
    await i18n.changeLanguage('sv');
    await loadNamespaces(['errors']);
  });

  test('puts each refused field on the form field of the same name, in the user’s words', () => {
    const { form, set } = fakeForm(values);
    showServerError(form as never, refused([{ field: 'body.name', rule: 'too_small', message: 'Too small', minimum: 1, origin: 'string' }]));
    expect(set).toEqual({ name: { type: 'too_small', message: 'Namn: fyll i' } });
  });

  test('follows nested fields, and a mapping where the form names a field differently', () => {
    const { form, set } = fakeForm(values);
    const error = refused([
      { field: 'body.account.email', rule: 'email_invalid', message: 'bad' },
      { field: 'body.password', rule: 'password_too_common', message: 'common' },
    ]);
    showServerError(form as never, error, { fields: { 'body.password': 'name' } });
    expect(set['account.email']?.message).toBe('E-postadress: ange en giltig e-postadress, till exempel namn@kommun.se');
    expect(set.name?.message).toMatch(/^Lösenord: lösenordet är för vanligt/);
    expect(set[FORM_PROBLEM]).toBeUndefined();
  });

  test('a conflict about one field goes on that field', () => {
    const { form, set } = fakeForm(values);
    showServerError(form as never, new ApiError(409, 'organisation_code_exists', 'exists', { code: 'K1' }));
    expect(set.code?.message).toBe('Det finns redan en organisation med koden K1.');
  });

  test('a refusal of a field the form does not have, or of no field, is the form’s problem', () => {
    const { form, set } = fakeForm(values);
    showServerError(form as never, refused([{ field: 'body.token', rule: 'too_small', message: 'short' }]));
    expect(Object.keys(set)).toEqual([FORM_PROBLEM]);
    const other = fakeForm(values);
    showServerError(other.form as never, new ApiError(403, 'forbidden', 'Forbidden'));
    expect(other.set[FORM_PROBLEM]?.message).toBe('Du har inte behörighet att göra det här.');
  });

  test('the form’s own words come first, on a field or for the form with the fields it concerns marked', () => {
    const { form, set } = fakeForm(values);
    showServerError(form as never, new ApiError(401, 'invalid_credentials', 'Wrong'), {
      own: (error) => (error.status === 401 ? { message: 'Fel e-postadress eller lösenord', marks: ['code', 'name'] } : undefined),
    });
    expect(set).toEqual({
      [FORM_PROBLEM]: { type: 'server', message: 'Fel e-postadress eller lösenord' },
      code: { type: MARKED_BY_FORM_PROBLEM },
      name: { type: MARKED_BY_FORM_PROBLEM },
    });
  });
});

describe('the client’s own check (schemaResolver) reads as the server’s refusal', () => {
  const resolve = async <S extends z.ZodType>(schema: S, input: unknown) =>
    schemaResolver(schema as never)(input as never, undefined, { fields: {}, shouldUseNativeValidation: false });

  test('a shared schema’s refusals in the user’s words, never its English messages', async () => {
    const result = await resolve(createOrganisationBodySchema, { code: 'ÅÄÖ!', name: '', type: 'region', contactEmail: 'inte-en-adress' });
    expect(result.errors).toMatchObject({
      code: { message: 'Organisationskod: skriv värdet i rätt format' },
      name: { message: 'Namn: fyll i' },
      contactEmail: { message: 'Kontaktadress (e-post): ange en giltig e-postadress, till exempel namn@kommun.se' },
    });
  });

  test('a missing value is required; a check only the form makes has its own words', async () => {
    const schema = z
      .object({ password: z.string().min(12), confirmPassword: z.string() })
      .refine((v) => v.password === v.confirmPassword, { path: ['confirmPassword'], params: formRule('confirmation_mismatch') });
    expect((await resolve(schema, { password: 'kort', confirmPassword: 'kort' })).errors).toMatchObject({
      password: { message: 'Lösenord: skriv minst 12 tecken' },
    });
    expect((await resolve(schema, { password: 'långt nog lösenord', confirmPassword: 'annat' })).errors).toMatchObject({
      confirmPassword: { message: 'Upprepa lösenordet: lösenorden är inte likadana' },
    });
    expect((await resolve(z.object({ year: z.number() }), {})).errors).toMatchObject({ year: { message: 'År: fyll i' } });
  });

  test('valid values come back parsed (trimmed, lower-cased by the schema)', async () => {
    const schema = z.object({ email: z.email().transform((email) => email.toLowerCase()) });
    expect(await resolve(schema, { email: 'Namn@Kommun.se' })).toEqual({ values: { email: 'namn@kommun.se' }, errors: {} });
  });
});
