import { beforeAll, expect, test } from 'vitest';
import { seedDemoData } from '../../server/demo/seed';
import { createUser } from '../support/auth';
import { expectNoAxeViolations } from './support/axe';
import { describeBrowser, useBrowser } from './support/browser';
import { useBrowserTestServer } from './support/server';
import { logInThroughForm } from './support/session';

describeBrowser('results', () => {
  const server = useBrowserTestServer();
  const browser = useBrowser();

  beforeAll(async () => {
    // Real data through the real import: three published rounds and the open one.
    await seedDemoData(server.app.db, { info: () => undefined });
  });

  async function pageAs(roles: Parameters<typeof createUser>[1]) {
    const user = await createUser(server.app, roles);
    const page = await browser.newPage();
    await logInThroughForm(page, server.url('/logga-in'), user);
    return page;
  }

  test('a municipality sees its levels, comparisons and history, with tables for every chart', async () => {
    const page = await pageAs([{ role: 'viewer', organisationCode: '0180' }]);
    await page.goto(server.url('/resultat'));
    await page.getByRole('heading', { level: 1, name: 'Resultat för Stockholm' }).waitFor();
    await page.getByRole('table', { name: 'Nivå per område', exact: true }).waitFor();
    expect(await page.getByRole('table', { name: 'Nivå per område', exact: true }).getByRole('row').count()).toBe(11);
    await page.getByRole('heading', { level: 2, name: 'Jämförelse med andra' }).waitFor();
    await page.getByRole('table', { name: 'Nivå per område och år' }).waitFor();
    await page.locator('.results-chart svg').first().waitFor();
    await page.getByRole('button', { name: 'Skriv ut underlag för ledningens genomgång' }).waitFor();
    await expectNoAxeViolations(page);

    await page.getByLabel('Enkätomgång').selectOption('2023');
    await page.getByText('Enkätomgång 2023:').waitFor();
    await expectNoAxeViolations(page);
  });

  test('an analyst sees the national overview with both denominators, trends, cross-tab and status list', async () => {
    const page = await pageAs([{ role: 'analyst' }]);
    await page.goto(server.url('/nationellt'));
    await page.getByRole('heading', { level: 1, name: 'Nationell översikt' }).waitFor();
    await page.getByRole('columnheader', { name: 'Andel ja av alla inbjudna' }).waitFor();
    await page.getByRole('columnheader', { name: 'Andel ja av dem som svarat' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Utveckling mellan omgångar' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Korstabulering av två områden' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Inbjudna organisationer och svarsstatus' }).waitFor();
    await page.getByRole('link', { name: 'Resultat som CSV' }).waitFor();
    await expectNoAxeViolations(page);

    await page.getByLabel('Länskod (två siffror)').fill('09');
    await page.getByRole('button', { name: 'Visa', exact: true }).click();
    await page.getByText(/För få svar i urvalet/).waitFor();
    await expectNoAxeViolations(page);
  }, 60_000);
});
