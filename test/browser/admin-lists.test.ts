import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { createUser, loginAs } from '../support/auth';
import { roundAdminApi } from '../support/round-admin';
import { expectNoAxeViolations } from './support/axe';
import { describeBrowser, useBrowser } from './support/browser';
import { useBrowserTestServer } from './support/server';
import { logInByCookie } from './support/session';

const YEAR = 2034;

/** The page itself never scrolls sideways (a wide table scrolls inside its own region). */
async function expectNoPageScroll(page: Page, what: string) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth, `${what} scrolls sideways at ${innerWidth} px`).toBeLessThanOrEqual(innerWidth + 1);
}

describeBrowser('long admin lists: one pattern of paging, filters and search in the address', () => {
  const server = useBrowserTestServer();
  const browser = useBrowser();
  let admin: { email: string; password: string } | undefined;

  /** A page with the administrator's session, not yet navigated: every test goes straight to its own list (the login is not what this file tests). */
  async function adminPage(viewport = { width: 1280, height: 900 }) {
    admin ??= await createUser(server.app, [{ role: 'admin' }], { name: 'Ada Admin' });
    const page = await browser.newPage({ viewport });
    await logInByCookie(page, server, admin);
    return page;
  }

  const range = (page: Page, text: string) =>
    page.getByRole('navigation', { name: 'Sidor i listan' }).getByRole('status').filter({ hasText: text }).waitFor();

  test('the round monitor pages, filters and searches its organisations; Back restores the list', async () => {
    const page = await adminPage();
    const api = await apiAsAdmin();
    expect((await api.createRound(YEAR)).statusCode).toBe(201);
    await api.setState(YEAR, 'open');
    await api.invite(YEAR, { selection: { kind: 'municipalities' }, sendMail: false });

    await page.goto(server.url(`/administration/omgangar/${YEAR}`));
    const table = page.getByTestId('monitor-table');
    await table.locator('tbody tr').first().waitFor();
    expect(await table.locator('tbody tr').count()).toBe(100);
    await range(page, 'Visar 1–100 av 290');
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: /Nästa sida/ }).click();
    await range(page, 'Visar 101–200 av 290');
    expect(new URL(page.url()).searchParams.get('sida')).toBe('2');

    const filters = page.getByRole('search', { name: 'Inbjudna organisationer' });
    await filters.getByLabel('Sök namn eller kod').fill('malmö');
    await filters.getByLabel('Sök namn eller kod').press('Enter');
    await table.locator('tr[data-code="1280"]').waitFor();
    await expect.poll(() => table.locator('tbody tr').count()).toBe(1);
    expect(new URL(page.url()).searchParams.get('q')).toBe('malmö');
    expect(new URL(page.url()).searchParams.get('sida')).toBeNull();

    await filters.getByLabel('Sök namn eller kod').fill('');
    await filters.getByLabel('Status').selectOption('draft');
    await filters.getByRole('button', { name: 'Visa' }).click();
    await page.getByRole('table', { name: /0 av 290 matchar filtren/ }).waitFor();

    // Back twice: the search, then page 2 again, each from the address.
    await page.goBack();
    await expect.poll(() => table.locator('tbody tr').count()).toBe(1);
    expect(await filters.getByLabel('Sök namn eller kod').inputValue()).toBe('malmö');
    await page.goBack();
    await range(page, 'Visar 101–200 av 290');
    expect(await filters.getByLabel('Sök namn eller kod').inputValue()).toBe('');
  });

  test('the organisations page pages and filters with the state in the address', async () => {
    const page = await adminPage();
    await page.goto(server.url('/administration/organisationer'));
    const table = page.getByTestId('organisations-table');
    await table.locator('tbody tr').first().waitFor();
    const total = await server.app.db
      .selectFrom('organisation')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    await range(page, `Visar 1–100 av ${total.n}`);
    expect(await table.locator('tbody tr').count()).toBe(100);
    await page.getByRole('button', { name: /Nästa sida/ }).click();
    await range(page, `Visar 101–200 av ${total.n}`);

    const search = page.getByRole('search');
    await search.getByLabel('Län').selectOption({ label: 'Gotlands län' });
    await search.getByRole('button', { name: 'Visa' }).click();
    await expect.poll(() => table.locator('tbody tr').count()).toBe(1);
    expect(new URL(page.url()).searchParams.get('county')).toBe('09');
    await expectNoAxeViolations(page);
    await page.goBack();
    await range(page, `Visar 101–200 av ${total.n}`);
  });

  test('the organisation picker is searched and chosen by keyboard', async () => {
    const page = await adminPage();
    await page.goto(server.url('/administration/anvandare'));
    await page.getByRole('heading', { level: 1, name: 'Användare' }).waitFor();
    await page.getByLabel('Roll', { exact: true }).first().selectOption('respondent');
    const search = page.getByLabel('Sök organisation', { exact: true }).first();
    await search.focus();
    await page.keyboard.type('väsby');
    await page.getByRole('status').filter({ hasText: '1 organisation matchar.' }).first().waitFor();
    await page.keyboard.press('Tab');
    const select = page.getByLabel('Organisation', { exact: true }).first();
    expect(await select.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await select.locator('option').allTextContents()).toEqual(['Välj organisation', 'Upplands Väsby (0114)']);
    await page.keyboard.press('ArrowDown');
    expect(await select.evaluate((element: HTMLSelectElement) => element.selectedOptions[0]?.textContent)).toBe('Upplands Väsby (0114)');
    await expectNoAxeViolations(page);
  });

  test('sending reminders without a mail server says they wait in the outbox, with a link to it', async () => {
    const page = await adminPage();
    const api = await apiAsAdmin();
    const year = YEAR + 1;
    await api.createRound(year);
    await api.setState(year, 'open');
    await server.app.db.updateTable('organisation').set({ contact_email: 'kommun@ale.example.se' }).where('code', '=', '1440').execute();
    await api.invite(year, { selection: { kind: 'codes', codes: ['1440'] }, sendMail: false });
    await page.goto(server.url(`/administration/omgangar/${year}`));
    await page.getByRole('button', { name: 'Förhandsgranska' }).click();
    await page.getByRole('button', { name: 'Skicka påminnelse till 1 organisation' }).click();
    await page.getByRole('button', { name: 'Ja, skicka' }).click();
    const status = page.getByRole('status').filter({ hasText: '1 påminnelse till 1 organisation väntar i utkorgen.' });
    await status.waitFor();
    expect(await status.textContent()).not.toContain('har skickats');
    await status.getByRole('link', { name: 'Gå till utkorgen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Utkorg' }).waitFor();
  });

  /**
   * Each page is loaded once at 320 px and checked again at 390 px by resizing the window, as zooming out does (the layout
   * is CSS; TableScroll follows resizes): one page load per page instead of one per width.
   */
  test('the admin pages do not scroll sideways at 320 and 390 px', async () => {
    const widths = [320, 390];
    const page = await adminPage({ width: widths[0]!, height: 800 });
    const pages: [string, string][] = [
      ['/administration/omgangar', 'table'],
      [`/administration/omgangar/${YEAR}`, '[data-testid="monitor-table"] tbody tr'],
      ['/administration/organisationer', '[data-testid="organisations-table"] tbody tr'],
      ['/administration/anvandare', 'table'],
      ['/administration/logg', 'h1'],
      ['/administration/utkorg', 'h1'],
      ['/administration/fragebanker', 'table'],
    ];
    for (const [path, ready] of pages) {
      await page.setViewportSize({ width: widths[0]!, height: 800 });
      await page.goto(server.url(path));
      await page.locator(ready).first().waitFor();
      for (const width of widths) {
        await page.setViewportSize({ width, height: 800 });
        await expectNoPageScroll(page, path);
      }
    }
    await page.setViewportSize({ width: widths[0]!, height: 800 });
    await page.goto(server.url(`/administration/omgangar/${YEAR}`));
    await page.locator('.chart-box svg').first().waitFor();
    for (const width of widths) {
      await page.setViewportSize({ width, height: 800 });
      const chart = await page.locator('.chart-box').first().boundingBox();
      expect((chart?.x ?? 0) + (chart?.width ?? 0)).toBeLessThanOrEqual(width);
      if (width === 320) await expectNoAxeViolations(page);
    }
  });

  async function apiAsAdmin() {
    const user = await loginAs(server.app, [{ role: 'admin' }]);
    return roundAdminApi(server.app, user.cookie);
  }
});
