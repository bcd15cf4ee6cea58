import { expect, test } from 'vitest';
import { createUser } from '../support/auth';
import { expectNoAxeViolations } from './support/axe';
import { describeBrowser, useBrowser } from './support/browser';
import { useBrowserTestServer } from './support/server';
import { logInThroughForm } from './support/session';

describeBrowser('logged-in shell', () => {
  const server = useBrowserTestServer();
  const browser = useBrowser();

  const navigationLinks = (page: import('playwright-core').Page) =>
    page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link').allTextContents();

  test('a respondent is returned to the page they asked for, sees their links, and can log out', async () => {
    const user = await createUser(server.app, [{ role: 'respondent', organisationCode: '0114' }], { name: 'Rut Respondent' });
    const page = await browser.newPage();
    await page.goto(server.url('/enkat'));
    await page.waitForURL((url) => url.pathname === '/logga-in');
    await page.getByLabel('E-postadress').fill(user.email);
    await page.getByLabel('Lösenord', { exact: true }).fill(user.password);
    await page.getByRole('button', { name: 'Logga in' }).click();

    await page.waitForURL((url) => url.pathname === '/enkat');
    await page.getByRole('heading', { level: 1, name: 'Enkät' }).waitFor();
    expect(await navigationLinks(page)).toEqual(['Start', 'Enkät', 'Resultat']);

    await page.getByRole('link', { name: 'Start', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Hej Rut Respondent!' }).waitFor();
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Logga ut' }).click();
    await page.getByRole('heading', { level: 1, name: 'Självskattning av informationssäkerhetsarbetet' }).waitFor();
    expect(await navigationLinks(page)).toEqual(['Start']);
  });

  test('an admin sees the national and administration links; a respondent page says no access', async () => {
    const admin = await createUser(server.app, [{ role: 'admin' }], { name: 'Ada Admin' });
    const page = await browser.newPage();
    await logInThroughForm(page, server.url('/logga-in'), admin);
    await page.getByRole('heading', { level: 1, name: 'Hej Ada Admin!' }).waitFor();
    expect(await navigationLinks(page)).toEqual(['Start', 'Nationellt', 'Administration']);

    await page.goto(server.url('/enkat'));
    await page.getByRole('heading', { level: 1, name: 'Du har inte behörighet' }).waitFor();
  });
});
