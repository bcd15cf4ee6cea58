import { describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_ORGANISATION_CODE, DEMO_PASSWORD } from '#server/demo/accounts';
import { readFileSync } from 'node:fs';
import { DEMO_ATTRIBUTE_FILE } from '#server/demo/attributes';
import { demoContactEmail } from '#server/demo/contacts';
import { closedRoundProfile, generateResponseCsv } from '#server/demo/generator';
import { DEMO_PAST_YEARS, seedDemoData } from '#server/demo/seed';
import { DEMO_YEAR } from '#server/seed/demo-round';
import { useTestApp } from './support/app';
import { login, loginAs } from './support/auth';
import { currentBank, readRecords } from './support/results';

const ctx = useTestApp();
const quiet = { info: () => undefined };

const roundsWithInvitations = () =>
  ctx.app.db
    .selectFrom('round')
    .leftJoin('round_invitation', 'round_invitation.round_id', 'round.id')
    .select(['round.year', 'round.state'])
    .select((eb) => eb.fn.count<number>('round_invitation.organisation_id').as('invited'))
    .groupBy(['round.year', 'round.state'])
    .orderBy('round.year')
    .execute();

const contactOf = async (code: string) =>
  (await ctx.app.db.selectFrom('organisation').select('contact_email').where('code', '=', code).executeTakeFirstOrThrow()).contact_email;

describe('demo data', () => {
  it('makes ASCII contact addresses from municipality names', () => {
    expect(demoContactEmail('Upplands Väsby')).toBe('registrator@upplands-vasby.example.se');
    expect(demoContactEmail('Malung-Sälen')).toBe('registrator@malung-salen.example.se');
    expect(demoContactEmail('Östra Göinge')).toBe('registrator@ostra-goinge.example.se');
  });

  it('gives demo municipalities contact addresses, keeping one an administrator set; production seeding gives none', async () => {
    // The app started without SEED_DEMO: reference data only.
    const withAddress = await ctx.app.db.selectFrom('organisation').select('id').where('contact_email', 'is not', null).execute();
    expect(withAddress).toEqual([]);
    await ctx.app.db.updateTable('organisation').set({ contact_email: 'kansliet@malung-salen.se' }).where('code', '=', '2023').execute();

    await seedDemoData(ctx.app.db, quiet);
    expect(await contactOf('2023')).toBe('kansliet@malung-salen.se');
    expect(await contactOf('0114')).toBe('registrator@upplands-vasby.example.se');
    const without = await ctx.app.db
      .selectFrom('organisation')
      .select('code')
      .where('type', '=', 'kommun')
      .where('contact_email', 'is', null)
      .execute();
    expect(without).toEqual([]);
  });

  it('generates the same file for the same seed, with drafts, unanswered questions and not_started rows', async () => {
    const { areas } = await currentBank(ctx.app);
    const options = {
      organisationCodes: ['0114', '0180', '1480', '0117', '0120'],
      year: 2024,
      areas,
      profile: closedRoundProfile(2024),
      seed: 3,
    };
    expect(generateResponseCsv(options)).toBe(generateResponseCsv(options));
    const many = readRecords(
      generateResponseCsv({
        ...options,
        organisationCodes: Array.from({ length: 2500 }, (_, i) => String(i).padStart(4, '0')),
      }),
    );
    const statuses = new Set(many.map((r) => r.status));
    expect(statuses).toEqual(new Set(['submitted', 'draft', 'not_started']));
    expect(many.some((r) => r.status === 'submitted' && areas.some((a) => r[a.key] === ''))).toBe(true);
  });

  it('seeds published past rounds, the open round and the accounts through the real import, once', async () => {
    await seedDemoData(ctx.app.db, quiet);
    const first = await roundsWithInvitations();
    expect(first.map((r) => [r.year, r.state])).toEqual([...DEMO_PAST_YEARS.map((y) => [y, 'published']), [DEMO_YEAR, 'open']]);
    expect(first.every((r) => Number(r.invited) === 290)).toBe(true);
    const imports = await ctx.app.db.selectFrom('audit_log').select('id').where('action', '=', 'responses.imported').execute();
    expect(imports).toHaveLength(4);

    await seedDemoData(ctx.app.db, quiet);
    expect(await ctx.app.db.selectFrom('audit_log').select('id').where('action', '=', 'responses.imported').execute()).toHaveLength(4);

    const demoOrganisation = await ctx.app.db
      .selectFrom('organisation')
      .select('id')
      .where('code', '=', DEMO_ORGANISATION_CODE)
      .executeTakeFirstOrThrow();
    const current = await ctx.app.db
      .selectFrom('response')
      .innerJoin('round', 'round.id', 'response.round_id')
      .where('round.year', '=', DEMO_YEAR)
      .where('response.organisation_id', '=', demoOrganisation.id)
      .select('response.id')
      .execute();
    expect(current).toEqual([]); // the demo respondent has a survey to fill in
    for (const account of DEMO_ACCOUNTS) await expect(login(ctx.app, account.email, DEMO_PASSWORD)).resolves.toContain('mognad_session=');
  });

  it('gives every municipality an invented kommungrupp in SKR’s shape, never over an imported one, and compares with it', async () => {
    await ctx.app.db.deleteFrom('organisation_attribute').execute(); // earlier tests seeded the demo
    await ctx.app.db
      .insertInto('organisation_attribute')
      .values({
        organisation_id: (await organisationIdOf('2023'))!,
        attribute: 'kommungrupp',
        value: 'Importerad',
      })
      .execute();
    await seedDemoData(ctx.app.db, quiet);
    expect(await kommungrupper()).toEqual({ Importerad: 1 }); // a real list was imported first: the demo keeps out

    await ctx.app.db.deleteFrom('organisation_attribute').execute();
    await seedDemoData(ctx.app.db, quiet);
    // SKR's nine groups with their real sizes (the assignment is invented).
    expect(await kommungrupper()).toEqual({
      'A1 Storstäder': 3,
      'A2 Pendlingskommun nära storstad': 43,
      'B3 Större stad': 21,
      'B4 Pendlingskommun nära större stad': 52,
      'B5 Lågpendlingskommun nära större stad': 35,
      'C6 Mindre stad/tätort': 29,
      'C7 Pendlingskommun nära mindre stad/tätort': 50,
      'C8 Landsbygdskommun': 37,
      'C9 Landsbygdskommun med besöksnäring': 20,
    });

    // The file is a template for the real list: the admin import takes it as it is, and changes nothing now.
    const admin = await loginAs(ctx.app, [{ role: 'admin' }]);
    const imported = await ctx.app.inject({
      method: 'POST',
      url: '/api/admin/organisations/attributes/import',
      headers: { cookie: admin.cookie, 'content-type': 'text/csv' },
      payload: readFileSync(DEMO_ATTRIBUTE_FILE, 'utf8'),
    });
    expect(imported.statusCode, imported.body).toBe(200);
    expect(imported.json()).toMatchObject({
      rows: 290,
      created: 0,
      updated: 0,
      unchanged: 290,
    });

    // The demo respondent's municipality is compared with its group, by the group's name.
    const code = DEMO_ORGANISATION_CODE;
    const respondent = await loginAs(ctx.app, [{ role: 'respondent', organisationCode: code }]);
    const results = await ctx.app.inject({
      method: 'GET',
      url: `/api/organisations/${await organisationIdOf(code)}/results?year=${DEMO_PAST_YEARS.at(-1)}`,
      headers: { cookie: respondent.cookie },
    });
    expect(results.statusCode, results.body).toBe(200);
    const attribute = results.json().comparisons.find((c: { kind: string }) => c.kind === 'attribute');
    expect(attribute).toMatchObject({
      attribute: 'kommungrupp',
      name: 'A2 Pendlingskommun nära storstad',
      suppressed: false,
    });
    expect(attribute.counted).toBeGreaterThan(10);
  });
});

const organisationIdOf = async (code: string) =>
  (await ctx.app.db.selectFrom('organisation').select('id').where('code', '=', code).executeTakeFirst())?.id;

async function kommungrupper(): Promise<Record<string, number>> {
  const rows = await ctx.app.db
    .selectFrom('organisation_attribute')
    .select('value')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('attribute', '=', 'kommungrupp')
    .groupBy('value')
    .orderBy('value')
    .execute();
  return Object.fromEntries(rows.map((r) => [r.value, Number(r.n)]));
}
