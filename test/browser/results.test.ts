import type { Page } from 'playwright-core';
import { beforeAll, expect, test } from 'vitest';
import { seedDemoData } from '../../server/demo/seed';
import { createUser } from '../support/auth';
import { expectNoAxeViolations } from './support/axe';
import { describeBrowser, useBrowser } from './support/browser';
import { useBrowserTestServer } from './support/server';
import { logInThroughForm } from './support/session';

type Language = 'sv' | 'en';

/** Pages of a PDF without a PDF library: every page object has `/Type /Page` (the tree nodes are `/Pages`). */
function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;
}

describeBrowser('results', () => {
  const server = useBrowserTestServer();
  const browser = useBrowser();

  beforeAll(async () => {
    // Real data through the real import: three published rounds and the open one.
    await seedDemoData(server.app.db, { info: () => undefined });
    // A grouping attribute for the county's municipalities, so Stockholm has all three comparison groups (the widest report).
    const county = await server.app.db.selectFrom('organisation').select('id').where('county_code', '=', '01').execute();
    await server.app.db
      .insertInto('organisation_attribute')
      .values(county.map((o) => ({ organisation_id: o.id, attribute: 'kommungrupp', value: 'A1' })))
      .execute();
  });

  async function pageAs(roles: Parameters<typeof createUser>[1], language: Language = 'sv'): Promise<Page> {
    const user = await createUser(server.app, roles);
    const page = await browser.newPage();
    if (language === 'en') await page.addInitScript(() => window.localStorage.setItem('mognad.language', 'en'));
    await logInThroughForm(page, server.url('/logga-in'), user);
    return page;
  }

  /** The newest year in which the organisation has a submitted response. */
  async function newestSubmittedYear(code: string): Promise<number> {
    const row = await server.app.db
      .selectFrom('response')
      .innerJoin('round', 'round.id', 'response.round_id')
      .innerJoin('organisation', 'organisation.id', 'response.organisation_id')
      .select('round.year')
      .where('organisation.code', '=', code)
      .where('response.status', '=', 'submitted')
      .orderBy('round.year', 'desc')
      .executeTakeFirstOrThrow();
    return row.year;
  }

  test('a municipality sees its levels, comparisons and history, with tables for every chart', async () => {
    const page = await pageAs([{ role: 'viewer', organisationCode: '0180' }]);
    await page.goto(server.url('/resultat'));
    await page.getByRole('heading', { level: 1, name: 'Resultat för Stockholm' }).waitFor();
    // The round picker starts at the newest round with a submitted response, not at the open round.
    expect(await page.getByLabel('Enkätomgång').inputValue()).toBe(String(await newestSubmittedYear('0180')));
    await page.getByRole('table', { name: 'Nivå per område', exact: true }).waitFor();
    expect(await page.getByRole('table', { name: 'Nivå per område', exact: true }).getByRole('row').count()).toBe(11);
    await page.getByRole('heading', { level: 2, name: 'Jämförelse med andra' }).waitFor();
    await page.getByRole('table', { name: 'Nivå per område och år' }).waitFor();
    // Year over year as small multiples: one compact chart per area.
    await page.locator('.results-multiples__item svg').first().waitFor();
    expect(await page.locator('.results-multiples__item').count()).toBe(10);
    await page.getByRole('button', { name: 'Skriv ut underlag för ledningens genomgång' }).waitFor();
    await expectNoAxeViolations(page);

    await page.getByLabel('Enkätomgång').selectOption('2023');
    await page.getByText('Enkätomgång 2023:').waitFor();
    await expectNoAxeViolations(page);
  });

  test('the results page in English passes axe', async () => {
    const page = await pageAs([{ role: 'viewer', organisationCode: '0180' }], 'en');
    await page.goto(server.url('/resultat'));
    await page.getByRole('heading', { level: 1, name: 'Results for Stockholm' }).waitFor();
    await page.locator('.results-multiples__item svg').first().waitFor();
    await expectNoAxeViolations(page);
  });

  for (const language of ['sv', 'en'] as const) {
    test(`the management review prints as one A4 page (${language})`, async () => {
      const page = await pageAs([{ role: 'viewer', organisationCode: '0180' }], language);
      await page.goto(server.url('/resultat'));
      await page.locator('.results-multiples__item svg').first().waitFor();
      await page.emulateMedia({ media: 'print' });
      await page.locator('.results-report-header').waitFor();
      expect(await page.locator('nav').first().isVisible()).toBe(false);
      expect(await page.locator('.results-controls').isVisible()).toBe(false);
      await page.getByRole('table', { name: /^Andel organisationer på nivå 3|^Share of organisations at level 3/ }).waitFor();
      expect(await page.locator('.results-comparison-print thead th').count()).toBe(5);
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdfPageCount(pdf)).toBe(1);
    });
  }

  test('an analyst sees the national overview with both denominators, distributions per area, trends, cross-tab and status list', async () => {
    const page = await pageAs([{ role: 'analyst' }]);
    await page.goto(server.url('/nationellt'));
    await page.getByRole('heading', { level: 1, name: 'Nationell översikt' }).waitFor();
    // It opens on the newest round with figures, not on the open round (test/browser/withheld-figures.test.ts).
    await page.getByRole('columnheader', { name: 'Andel ja av alla inbjudna' }).waitFor();
    await page.getByRole('columnheader', { name: 'Andel ja av dem som svarat' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Genomförandegrad och mognadsnivåer per område' }).waitFor();
    expect(await page.locator('.national-area').count()).toBe(10);
    await page.getByRole('table', { name: /^Mognadsnivå bland organisationer med en nivå i området \(n = \d+\)$/ }).first().waitFor();
    await page.getByRole('table', { name: /^Genomförandegrad bland dem som svarat ja och besvarat följdfrågan \(n = \d+\)$/ }).first().waitFor();
    await page.locator('.national-distribution svg').first().waitFor();
    await page.getByRole('heading', { level: 2, name: 'Utveckling mellan omgångar' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Korstabulering av två områden' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Inbjudna organisationer och svarsstatus' }).waitFor();
    await page.getByRole('link', { name: 'Resultat som CSV' }).waitFor();
    await expectNoAxeViolations(page);

    // The status list filters in the browser, and its caption says how many rows it shows.
    const status = page.getByRole('region', { name: 'Inbjudna organisationer och svarsstatus' });
    await status.getByLabel('Status').selectOption('');
    await status.getByRole('table', { name: 'Visar 290 av 290 inbjudna organisationer' }).waitFor();
    await status.getByLabel('Län').selectOption({ label: 'Gotlands län' });
    await status.getByRole('table', { name: 'Visar 1 av 290 inbjudna organisationer' }).waitFor();
    expect(await status.getByRole('row').count()).toBe(2);

    // Gotland alone is too small a group to show.
    await page.getByRole('form', { name: 'Urval' }).getByLabel('Län').selectOption({ label: 'Gotlands län' });
    await page.getByRole('button', { name: 'Visa', exact: true }).click();
    await page.getByText('Antalet svar visas inte för det här urvalet.').waitFor();
    await page.getByText('Varför visas inte siffran?').first().waitFor();
    await expectNoAxeViolations(page);
  }, 60_000);

  test('the national overview in English passes axe', async () => {
    const page = await pageAs([{ role: 'analyst' }], 'en');
    await page.goto(server.url('/nationellt'));
    await page.getByRole('heading', { level: 1, name: 'National overview' }).waitFor();
    await page.locator('.national-distribution svg').first().waitFor();
    await page.getByRole('table', { name: /^Showing \d+ of 290 invited organisations$/ }).waitFor();
    await expectNoAxeViolations(page);
  }, 60_000);
});
