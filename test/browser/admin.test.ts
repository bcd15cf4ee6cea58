import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { createUser } from '../support/auth';
import { expectNoAxeViolations } from './support/axe';
import { describeBrowser, useBrowser } from './support/browser';
import { useBrowserTestServer } from './support/server';
import { logInThroughForm } from './support/session';

describeBrowser('administration', () => {
  const server = useBrowserTestServer();
  const browser = useBrowser();

  async function adminPage(): Promise<Page> {
    const admin = await createUser(server.app, [{ role: 'admin' }], { name: 'Ada Admin' });
    const page = await browser.newPage();
    await logInThroughForm(page, server.url('/logga-in'), admin);
    return page;
  }

  test('an admin invites a respondent by keyboard and finds the link in the outbox', async () => {
    const page = await adminPage();
    await page.goto(server.url('/administration'));
    await page.getByRole('heading', { level: 1, name: 'Administration' }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Användare' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Användare' }).waitFor();

    await page.getByLabel('E-postadress', { exact: true }).fill('ny.respondent@example.se');
    await page.getByLabel('Roll', { exact: true }).first().selectOption('respondent');
    await page.getByLabel('Organisation', { exact: true }).first().selectOption({ label: 'Upplands Väsby (0114)' });
    await page.getByRole('button', { name: 'Skicka inbjudan' }).press('Enter');
    await page.getByRole('status').filter({ hasText: 'En inbjudan till ny.respondent@example.se har skapats' }).waitFor();
    await page.getByRole('cell', { name: /Inbjuden, länken gäller till/ }).waitFor();
    await expectNoAxeViolations(page);

    await page.getByRole('navigation', { name: 'Administrationens sidor' }).getByRole('link', { name: 'Utkorg' }).click();
    await page.getByRole('heading', { level: 2, name: /Inbjudan till Mognad/ }).first().waitFor();
    expect(await page.locator('.mail-body').first().textContent()).toContain('/inbjudan?token=');
    await expectNoAxeViolations(page);
  });

  test('an attribute file with errors is refused and its rows are listed', async () => {
    const page = await adminPage();
    await page.goto(server.url('/administration/organisationer'));
    await page.getByRole('heading', { level: 1, name: 'Organisationer' }).waitFor();
    await page.getByLabel('Eller klistra in innehållet').fill('code,attribute,value\n0114,kommungrupp,B3\n9999,kommungrupp,A1\n');
    await page.getByRole('button', { name: 'Importera' }).click();
    await page.getByRole('table', { name: /Problem i filen/ }).waitFor();
    expect(await page.getByRole('table', { name: /Problem i filen/ }).getByRole('row').nth(1).textContent()).toContain('9999');
    await expectNoAxeViolations(page);

    await page.getByLabel('Eller klistra in innehållet').fill('code,attribute,value\n0114,kommungrupp,B3\n');
    await page.getByRole('button', { name: 'Importera' }).click();
    await page.getByText('Klart: 1 rader, 1 nya, 0 ändrade, 0 oförändrade.').waitFor();

    await page.goto(server.url('/administration/logg'));
    await page.getByRole('rowheader', { name: 'organisation.attributes_imported' }).waitFor();
    await expectNoAxeViolations(page);
  });
});
