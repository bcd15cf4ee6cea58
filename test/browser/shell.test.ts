import { expect, test } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { describeBrowser, useBrowser } from './support/browser';
import { useBrowserTestServer } from './support/server';

describeBrowser('client shell', () => {
  const server = useBrowserTestServer();
  const browser = useBrowser();

  async function openPage(pathname: string) {
    const page = await browser.newPage();
    await page.goto(server.url(pathname));
    await page.locator('h1').waitFor();
    return page;
  }

  test('the start page is in Swedish and explains Mognad to a visitor', async () => {
    const page = await openPage('/');
    expect(await page.locator('html').getAttribute('lang')).toBe('sv');
    await page.getByRole('heading', { level: 1, name: 'Självskattning av informationssäkerhetsarbetet' }).waitFor();
    await page.getByRole('link', { name: 'Logga in' }).first().waitFor();
    expect(await page.title()).toBe('Start – Mognad');
    await page.getByRole('banner').getByText('Mognad', { exact: true }).waitFor();
    await page.getByRole('contentinfo').waitFor();
  });

  test('the language switch changes to English, sets html lang and is remembered', async () => {
    const page = await openPage('/');
    await page.getByRole('button', { name: 'Change language to English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Self-assessment of information security work' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Self-assessment of information security work' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByRole('button', { name: 'Byt språk till Svenska' }).click();
    expect(await page.locator('html').getAttribute('lang')).toBe('sv');
  });

  test('the login page has labelled fields with autocomplete', async () => {
    const page = await openPage('/logga-in');
    await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
    const email = page.getByLabel('E-postadress');
    const password = page.getByLabel('Lösenord', { exact: true });
    expect(await email.getAttribute('type')).toBe('email');
    expect(await email.getAttribute('autocomplete')).toBe('email');
    expect(await password.getAttribute('type')).toBe('password');
    expect(await password.getAttribute('autocomplete')).toBe('current-password');
    await page.getByRole('link', { name: 'Glömt lösenordet?' }).waitFor();
  });

  test('an empty login shows field errors in a focused summary, tied to the fields', async () => {
    const page = await openPage('/logga-in');
    await page.getByRole('button', { name: 'Logga in' }).click();
    const summary = page.getByTestId('error-summary');
    await expect.poll(() => summary.evaluate((element) => element === document.activeElement)).toBe(true);
    const email = page.getByLabel('E-postadress');
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    expect(await describedByText(email)).toContain('E-postadress: fyll i');
    await summary.getByRole('link', { name: 'E-postadress: fyll i' }).click();
    expect(await email.evaluate((element) => element === document.activeElement)).toBe(true);
  });

  test('a failed login shows a generic error in the summary, tied to both fields', async () => {
    const page = await openPage('/logga-in');
    await page.getByLabel('E-postadress').fill('nobody@example.se');
    await page.getByLabel('Lösenord', { exact: true }).fill('not the right password');
    await page.getByRole('button', { name: 'Logga in' }).click();

    const summary = page.getByTestId('error-summary');
    await summary.getByText('Fel e-postadress eller lösenord').waitFor();
    expect(await summary.evaluate((element) => element === document.activeElement)).toBe(true);
    for (const field of [page.getByLabel('E-postadress'), page.getByLabel('Lösenord', { exact: true })]) {
      expect(await field.getAttribute('aria-invalid')).toBe('true');
      expect(await describedByText(field)).toContain('Fel e-postadress eller lösenord');
    }
    await expectNoAxeViolations(page);
  });

  test('Tab reaches the skip link first, and it moves focus to main', async () => {
    const page = await openPage('/');
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    expect(await focused.textContent()).toBe('Hoppa till innehåll');
    expect(await focused.isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });

  test('a guarded page sends a visitor to login, remembering where they were going', async () => {
    const page = await openPage('/enkat');
    await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/logga-in');
    expect(new URL(page.url()).searchParams.get('nasta')).toBe('/enkat');
  });

  test('an unknown address shows a not-found page', async () => {
    const page = await openPage('/finns-inte');
    await page.getByRole('heading', { level: 1, name: 'Sidan finns inte' }).waitFor();
  });

  test('the start page and the login page have no axe violations', async () => {
    const page = await openPage('/');
    await expectNoAxeViolations(page);
    await page.goto(server.url('/logga-in'));
    await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
    await expectNoAxeViolations(page);
  });
});

/** The text of the elements an element's aria-describedby points at. */
async function describedByText(locator: import('playwright-core').Locator): Promise<string> {
  return locator.evaluate((element) =>
    (element.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' '),
  );
}
