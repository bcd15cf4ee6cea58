import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { loadBankDocument } from '#server/question-bank/versions';
import { createUser } from '../support/auth';
import { expectNoAxeViolations } from './support/axe';
import { describeBrowser, useBrowser } from './support/browser';
import { expectFieldError, isFocused, tabTo } from './support/focus';
import { useBrowserTestServer } from './support/server';
import { logInByCookie } from './support/session';

const NEW_QUESTION = 'Har ni ett etablerat arbetssätt så att ledningen får en årlig lägesbild och beslutar om åtgärder?';

describeBrowser('editing a question-bank version with the form', () => {
  const server = useBrowserTestServer();
  const browser = useBrowser();

  async function openBankVersions(options: Parameters<typeof browser.newPage>[0] = {}): Promise<Page> {
    const admin = await createUser(server.app, [{ role: 'admin' }]);
    const page = await browser.newPage(options);
    await logInByCookie(page, server, admin);
    await page.goto(server.url('/administration/fragebanker'));
    await page.getByRole('heading', { level: 1, name: 'Frågebankens versioner' }).waitFor();
    return page;
  }

  const area = (page: Page, number: number) => page.getByRole('group', { name: new RegExp(`^Område ${number}: `) });
  const state = (page: Page, text: string) => page.getByTestId('bank-state').getByText(text).waitFor();

  /** Replaces a field's text from the keyboard. */
  async function retype(page: Page, field: ReturnType<Page['locator']>, text: string) {
    await field.focus();
    await page.keyboard.press('ControlOrMeta+A');
    if (text) await page.keyboard.type(text);
    else await page.keyboard.press('Backspace');
  }

  test('an administrator copies a version, changes a question and a level with the keyboard, saves and sees it after a reload', async () => {
    const page = await openBankVersions();
    await page.getByLabel('Ny version').fill('2027.1');
    await page.getByRole('button', { name: 'Kopiera', exact: true }).click();
    const heading = page.getByRole('heading', { level: 2, name: 'Redigera version 2027.1' });
    await heading.waitFor();
    expect(await isFocused(heading)).toBe(true);
    await expectNoAxeViolations(page);

    // Area 2's main question, then Tab through the form to the level of "Delvis infört" (2 → 3).
    const question = area(page, 2).getByLabel('Huvudfråga (ja eller nej) (svenska)');
    await retype(page, question, NEW_QUESTION);
    await state(page, 'Det finns ändringar som inte är sparade.');
    await tabTo(page, 'bank-scoring-areas-management-levels-1');
    const partial = area(page, 2).getByLabel('Ja och Delvis infört (partial)');
    expect(await partial.inputValue()).toBe('2');
    await page.keyboard.press('ArrowDown');
    expect(await partial.inputValue()).toBe('3');

    await page.getByRole('button', { name: 'Spara versionen' }).last().focus();
    await page.keyboard.press('Enter');
    await state(page, 'Version 2027.1 är sparad.');

    const stored = await loadBankDocument(server.app.db, '2027.1');
    expect(stored.areas[1]!.mainQuestion.sv).toBe(NEW_QUESTION);
    expect(stored.scoring.areas.management!.followup).toEqual({ started: 1, partial: 3, full: 3, improving: 4 });
    expect((await loadBankDocument(server.app.db, '2019.1')).scoring.areas.management!.followup.partial).toBe(2);

    await page.reload();
    await heading.waitFor();
    expect(await area(page, 2).getByLabel('Huvudfråga (ja eller nej) (svenska)').inputValue()).toBe(NEW_QUESTION);
    expect(await area(page, 2).getByLabel('Ja och Delvis infört (partial)').inputValue()).toBe('3');
    await state(page, 'Inga osparade ändringar.');
  });

  test('a missing text is refused on its field with a summary that links to it; leaving or undoing asks first', async () => {
    const page = await openBankVersions();
    await page.getByLabel('Kopiera från').selectOption('2019.1');
    await page.getByLabel('Ny version').fill('2028.1');
    await page.getByRole('button', { name: 'Kopiera', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Redigera version 2028.1' }).waitFor();

    const title = area(page, 3).getByLabel('Rubrik (svenska)');
    await retype(page, title, '');
    await page.getByRole('button', { name: 'Spara versionen' }).first().click();
    const summary = page.getByTestId('error-summary');
    await summary.waitFor();
    expect(await isFocused(summary)).toBe(true);
    const link = summary.getByRole('link', { name: 'Område 3: action_plan – Rubrik (svenska): Fyll i texten.' });
    await link.click();
    expect(await isFocused(title)).toBe(true);
    await expectFieldError(title, 'Fyll i texten.');
    await expectNoAxeViolations(page);
    expect((await loadBankDocument(server.app.db, '2028.1')).areas[2]!.title.sv).toBe('Handlingsplan utifrån nuläget');

    // Closing with unsaved changes asks; staying keeps them.
    await page.getByRole('button', { name: 'Stäng redigeringen' }).click();
    const leave = page.getByRole('dialog', { name: 'Ändringarna är inte sparade' });
    await leave.waitFor();
    await expectNoAxeViolations(page);
    await leave.getByRole('button', { name: 'Stanna kvar' }).click();
    await leave.waitFor({ state: 'hidden' });
    expect(await title.inputValue()).toBe('');

    // Undo asks too, then brings the saved text back; closing then goes straight back to the list.
    await page.getByRole('button', { name: 'Ångra ändringar' }).last().click();
    await page.getByRole('dialog', { name: 'Ångra alla ändringar?' }).getByRole('button', { name: 'Ja, ångra ändringarna' }).click();
    await state(page, 'Ändringarna är ångrade.');
    expect(await title.inputValue()).toBe('Handlingsplan utifrån nuläget');
    await page.getByRole('button', { name: 'Stäng redigeringen' }).click();
    await page.getByRole('heading', { level: 2, name: 'Redigera version 2028.1' }).waitFor({ state: 'detached' });
    expect(await isFocused(page.getByRole('button', { name: 'Redigera 2028.1' }))).toBe(true);
  });

  test('an added option takes focus and a level in each area; a key used twice is the scale’s problem; the option can be removed again', async () => {
    const page = await openBankVersions();
    await page.getByLabel('Kopiera från').selectOption('2019.1');
    await page.getByLabel('Ny version').fill('2030.1');
    await page.getByRole('button', { name: 'Kopiera', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Redigera version 2030.1' }).waitFor();

    const scale = page.getByRole('group', { name: 'Svarsalternativ för följdfrågan i områdena 2–10', exact: true });
    await scale.getByRole('button', { name: 'Lägg till ett svarsalternativ' }).click();
    const key = scale.getByLabel('Nyckel för alternativ 5');
    await expect.poll(() => isFocused(key)).toBe(true);
    await key.fill('partial');
    await scale
      .getByRole('group', { name: /^Alternativ 5/ })
      .getByLabel('Text (svenska)')
      .fill('Nytt');
    await scale
      .getByRole('group', { name: /^Alternativ 5/ })
      .getByLabel('Text (engelska)')
      .fill('New');
    expect(await area(page, 2).getByLabel('Ja och Nytt (partial)').inputValue()).toBe('4');
    await state(page, 'Det finns ändringar som inte är sparade.');

    await page.getByRole('button', { name: 'Spara versionen' }).last().click();
    const summary = page.getByTestId('error-summary');
    await summary.waitFor();
    const message = 'Två alternativ har samma nyckel: ge varje alternativ en egen.';
    await summary.getByRole('link', { name: `Svarsalternativ för följdfrågan i områdena 2–10: ${message}` }).click();
    expect(await isFocused(scale.getByRole('group', { name: /^Alternativ 1/ }).getByLabel('Text (svenska)'))).toBe(true);
    await scale.getByText(message).waitFor();
    await expectNoAxeViolations(page);

    await scale.getByRole('button', { name: 'Ta bort alternativ 5' }).click();
    await expect.poll(() => isFocused(scale.getByRole('button', { name: 'Lägg till ett svarsalternativ' }))).toBe(true);
    expect(await area(page, 2).getByLabel('Ja och Nytt (partial)').count()).toBe(0);
    await state(page, 'Inga osparade ändringar.');
  });

  test('the advanced JSON text loads into the form, which then saves it', async () => {
    const page = await openBankVersions();
    await page.getByLabel('Kopiera från').selectOption('2019.1');
    await page.getByLabel('Ny version').fill('2029.1');
    await page.getByRole('button', { name: 'Kopiera', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Redigera version 2029.1' }).waitFor();

    await page.getByText('Avancerat: redigera som JSON').click();
    const json = page.getByLabel('Versionen som JSON');
    // While open it shows the form’s state as typed; the area’s legend and its link in the contents follow the title.
    await retype(page, area(page, 1).getByLabel('Rubrik (svenska)'), 'Ledningssystem');
    expect(await json.inputValue()).toContain('"sv": "Ledningssystem"');
    await retype(page, area(page, 1).getByLabel('Huvudfråga (ja eller nej) (svenska)'), 'Finns det en funktion?');
    expect(await json.inputValue()).toContain('"sv": "Finns det en funktion?"');
    await page.getByRole('group', { name: 'Område 1: Ledningssystem', exact: true }).waitFor();
    await page.getByRole('link', { name: 'Område 1: Ledningssystem', exact: true }).waitFor();
    await json.fill('{ inte json');
    await page.getByRole('button', { name: 'Läs in JSON i formuläret' }).click();
    await expectFieldError(json, 'Texten är inte giltig JSON.');

    const bank = await loadBankDocument(server.app.db, '2029.1');
    bank.areas[0]!.title.sv = 'Funktion för informations- och cybersäkerhet';
    await json.fill(JSON.stringify(bank));
    await page.getByRole('button', { name: 'Läs in JSON i formuläret' }).click();
    await state(page, 'JSON-texten är inläst i formuläret. Spara versionen för att behålla ändringarna.');
    expect(await area(page, 1).getByLabel('Rubrik (svenska)').inputValue()).toBe('Funktion för informations- och cybersäkerhet');

    await page.getByRole('button', { name: 'Spara versionen' }).last().click();
    await state(page, 'Version 2029.1 är sparad.');
    expect((await loadBankDocument(server.app.db, '2029.1')).areas[0]!.title.sv).toBe('Funktion för informations- och cybersäkerhet');
  });

  test('a frozen version is shown read-only', async () => {
    await server.app.db.updateTable('question_bank_version').set({ frozen_at: new Date() }).where('version', '=', '2019.1').execute();
    const page = await openBankVersions();
    await page.getByRole('button', { name: 'Visa 2019.1' }).click();
    await page.getByRole('heading', { level: 2, name: 'Version 2019.1 (låst)' }).waitFor();
    const question = area(page, 1).getByLabel('Huvudfråga (ja eller nej) (svenska)');
    expect(await question.getAttribute('readonly')).not.toBeNull();
    expect(await area(page, 1).getByLabel('Svaret Nej').inputValue()).toBe('Nivå 1');
    expect(await page.getByRole('button', { name: 'Spara versionen' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Lägg till ett svarsalternativ' }).count()).toBe(0);
    await expectNoAxeViolations(page);
  });

  test('the form fits a 375 px wide phone, and 200 % and 400 % zoom (640 and 320 CSS px), without sideways scrolling', async () => {
    const page = await openBankVersions({ viewport: { width: 375, height: 800 } });
    await page.getByRole('button', { name: /^(Redigera|Visa) 2019\.1$/ }).click();
    await area(page, 10).waitFor();
    for (const width of [375, 640, 320]) {
      await page.setViewportSize({ width, height: 800 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${width} px`).toBeLessThanOrEqual(0);
    }
  });
});
