import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { createUser } from '../support/auth';
import { expectNoAxeViolations } from './support/axe';
import { describeBrowser, useBrowser } from './support/browser';
import { useBrowserTestServer } from './support/server';
import { isFocused } from './support/focus';
import { logInByCookie } from './support/session';

describeBrowser('administration', () => {
  const server = useBrowserTestServer();
  const browser = useBrowser();

  async function adminPage(): Promise<Page> {
    const admin = await createUser(server.app, [{ role: 'admin' }], { name: 'Ada Admin' });
    const page = await browser.newPage();
    await logInByCookie(page, server, admin);
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
    await page
      .getByRole('heading', { level: 2, name: /Inbjudan till Mognad/ })
      .first()
      .waitFor();
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
    expect(
      await page
        .getByRole('table', { name: /Problem i filen/ })
        .getByRole('row')
        .nth(1)
        .textContent(),
    ).toContain('9999');
    await expectNoAxeViolations(page);

    await page.getByLabel('Eller klistra in innehållet').fill('code,attribute,value\n0114,kommungrupp,B3\n');
    await page.getByRole('button', { name: 'Importera' }).click();
    await page.getByText('Klart: 1 rader, 1 nya, 0 ändrade, 0 oförändrade.').waitFor();

    await page.goto(server.url('/administration/logg'));
    // Each action as a phrase with its name in the log under it, details as a key–value list, the time on one line.
    const imported = page
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'Importerade organisationsattribut organisation.attributes_imported' }) });
    await imported.waitFor();
    expect(await imported.locator('dl').innerText()).toMatch(/attributes:\s*kommungrupp/);
    const time = imported.locator('time');
    expect(await time.textContent()).toMatch(/^\d{1,2} [a-zé]+\.? \d{4} \d{2}:\d{2}$/);
    expect((await time.boundingBox())!.height).toBeLessThan(30);
    await expectNoAxeViolations(page);
    // axe over the 300-organisation list takes most of this on a busy 2-core machine.
  });

  test('the user list pages by keyboard, keeps its page in the URL across a reload and resets it with a filter', async () => {
    await server.app.db
      .insertInto('app_user')
      .values(Array.from({ length: 120 }, (_, i) => ({ email: `paging-${String(i).padStart(3, '0')}@example.se`, name: '', password_hash: null })))
      .execute();
    const page = await adminPage();
    const everyone = await server.app.db.selectFrom('app_user').select('email').orderBy('email').execute();
    const total = everyone.length;

    await page.goto(server.url('/administration/anvandare'));
    const pages = page.getByRole('navigation', { name: 'Sidor i listan' });
    const range = pages.getByRole('status');
    await range.filter({ hasText: `Visar 1–100 av ${total}` }).waitFor();
    const next = pages.getByRole('button', { name: 'Nästa sida' });
    const previous = pages.getByRole('button', { name: 'Föregående sida' });
    expect(await previous.getAttribute('aria-disabled')).toBe('true');

    // From the filter form's button, Tab reaches the pagination before the table's rows.
    const search = page.getByRole('search', { name: 'Sök användare' });
    await search.getByRole('button', { name: 'Visa' }).focus();
    await page.keyboard.press('Tab');
    expect(await isFocused(previous)).toBe(true);
    await page.keyboard.press('Tab');
    expect(await isFocused(next)).toBe(true);
    expect(await next.evaluate((button) => getComputedStyle(button).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Enter');

    await range.filter({ hasText: `Visar 101–${total} av ${total}` }).waitFor();
    expect(new URL(page.url()).searchParams.get('sida')).toBe('2');
    const firstRow = page
      .getByRole('table', { name: `${total} användare` })
      .getByRole('rowheader')
      .first();
    expect(await firstRow.textContent()).toContain(everyone[100]!.email);
    expect(await isFocused(next)).toBe(true);
    expect(await next.getAttribute('aria-disabled')).toBe('true');
    expect(await previous.getAttribute('aria-disabled')).toBeNull();
    await expectNoAxeViolations(page);

    await page.reload();
    await range.filter({ hasText: `Visar 101–${total} av ${total}` }).waitFor();
    expect(new URL(page.url()).searchParams.get('sida')).toBe('2');

    await page.getByLabel('Namn eller e-postadress').fill('paging-');
    await search.getByRole('button', { name: 'Visa' }).press('Enter');
    await range.filter({ hasText: 'Visar 1–100 av 120' }).waitFor();
    expect(new URL(page.url()).search).toBe('?search=paging-');

    await page.goBack();
    await range.filter({ hasText: `Visar 101–${total} av ${total}` }).waitFor();
    expect(await page.getByLabel('Namn eller e-postadress').inputValue()).toBe('');

    await page.setViewportSize({ width: 375, height: 800 });
    for (const button of [previous, next]) {
      const box = await button.boundingBox();
      expect(box!.x + box!.width).toBeLessThanOrEqual(375);
    }
  });
});
