import type { Page } from 'playwright-core';
import { beforeAll, expect, test } from 'vitest';
import { createUser, login, organisationIdByCode } from '../support/auth';
import { ANSWERABLE_AREAS, closeRound, openRoundWithInvitations, responseUrl } from '../support/survey';
import { expectNoAxeViolations } from './support/axe';
import { LOST_ANSWER_ERRORS, loseNextAnswer } from './support/lost-answers';
import { describeBrowser, useBrowser } from './support/browser';
import { useBrowserTestServer } from './support/server';
import { logInByCookie } from './support/session';

const LAST_YEAR = 2049;
const YEAR = 2050;
const CARRIED = [
  { key: 'risk', main: 'yes', followup: 'partial' },
  { key: 'ciso', main: 'no', followup: null },
  { key: 'awareness', main: 'yes', followup: 'full' },
] as const;

describeBrowser("submitting answers started from last year's", () => {
  const server = useBrowserTestServer();
  const browser = useBrowser();

  beforeAll(async () => {
    await openRoundWithInvitations(server.app, LAST_YEAR, ['0114']);
    const organisationId = await organisationIdByCode(server.app, '0114');
    const earlier = await createUser(server.app, [{ role: 'respondent', organisationCode: '0114' }]);
    const cookie = await login(server.app, earlier.email, earlier.password);
    let version = 0;
    for (const { key, main, followup } of CARRIED) {
      const url = `${responseUrl(LAST_YEAR, organisationId)}/areas/${key}`;
      const saved = await server.app.inject({ method: 'PUT', url, headers: { cookie }, payload: { version, main, followup, comment: null } });
      version = saved.json().version;
    }
    await closeRound(server.app, LAST_YEAR);
    await openRoundWithInvitations(server.app, YEAR, ['0114']);
  });

  const area = (page: Page, key: string) => page.getByTestId(`area-${key}`);
  const saved = (page: Page) => expect.poll(() => page.getByTestId('save-status').getAttribute('data-status')).toBe('saved');
  const toConfirm = (page: Page) => page.getByTestId('to-confirm');
  const toConfirmItem = (page: Page, key: string) => toConfirm(page).locator('li', { has: page.locator(`a[href$="#area-${key}"]`) });
  const submitButton = (page: Page) => page.getByRole('button', { name: 'Skicka in svaren' });

  test('the review lists the answers to confirm and submits only once each is confirmed', async () => {
    const user = await createUser(server.app, [{ role: 'respondent', organisationCode: '0114' }], { name: 'Rut Respondent' });
    const page = await browser.newPage({ allowConsoleErrors: [/status of 409/, ...LOST_ANSWER_ERRORS] });
    await logInByCookie(page, server, user);
    await page.goto(server.url('/enkat'));
    await page.getByRole('link', { name: /Öppna enkäten – Enkät 2050/ }).click();

    // The copy is stored and its answer lost on the way back: the page reads the response and says what was copied.
    await loseNextAnswer(page, 'POST', /\/response\/carry-over$/);
    await page.getByRole('button', { name: 'Börja från förra årets svar' }).click();
    await page.getByText('3 svar hämtades från 2049.', { exact: false }).waitFor();
    // Carried-over answers are not yet the respondent's: they count as to confirm, not as answered.
    await page.getByText('0 av 10 områden besvarade, 3 svar från förra året att bekräfta').waitFor();
    await page.getByRole('link', { name: 'Tillbaka till enkätomgångarna' }).click();
    await page
      .getByRole('listitem')
      .filter({ hasText: 'Enkät 2050' })
      .getByText('0 av 10 områden besvarade, 3 svar från förra året att bekräfta')
      .waitFor();
    await page.getByRole('link', { name: /Fortsätt besvara – Enkät 2050/ }).click();

    for (const { key, option } of ANSWERABLE_AREAS.filter(({ key }) => !CARRIED.some((c) => c.key === key))) {
      await area(page, key).getByRole('radio', { name: 'Ja', exact: true }).check();
      await area(page, key).locator(`input[value="${option}"]`).check();
    }
    await page.getByText('7 av 10 områden besvarade, 3 svar från förra året att bekräfta').waitFor();
    await saved(page);

    await page.getByRole('link', { name: 'Granska och skicka in' }).click();
    await page.getByRole('heading', { level: 2, name: 'Svar att bekräfta' }).waitFor();
    await page.getByText('Inga frågor är obesvarade, men svaren från förra året nedan behöver bekräftas.').waitFor();
    expect(await page.getByText('Alla frågor är besvarade.').count()).toBe(0);
    expect(await toConfirm(page).getByRole('listitem').count()).toBe(3);
    expect(await submitButton(page).isDisabled()).toBe(true);
    await page.getByText('Du kan skicka in när du har bekräftat eller ändrat de 3 svar som hämtades från förra året.').waitFor();
    await expectNoAxeViolations(page);

    // Confirmed on the review page itself …
    await toConfirmItem(page, 'risk')
      .getByRole('button', { name: /Bekräfta svaret/ })
      .click();
    await expect.poll(() => toConfirm(page).getByRole('listitem').count()).toBe(2);
    // … or in the survey, where the link leads to the area and its own confirm button.
    await toConfirmItem(page, 'ciso').getByRole('link').click();
    await area(page, 'ciso').getByText('Svaret är hämtat från förra årets enkät.', { exact: false }).waitFor();
    await area(page, 'ciso').getByRole('button', { name: 'Bekräfta svaret' }).click();
    await page.getByText('9 av 10 områden besvarade, 1 svar från förra året att bekräfta').waitFor();
    await saved(page);
    await page.getByRole('link', { name: 'Granska och skicka in' }).click();
    await page.getByText('Du kan skicka in när du har bekräftat eller ändrat svaret som hämtades från förra året.').waitFor();
    await toConfirmItem(page, 'awareness')
      .getByRole('button', { name: /Bekräfta svaret/ })
      .click();
    await page.getByText('Alla frågor är besvarade.').waitFor();
    expect(await toConfirm(page).count()).toBe(0);
    await expect.poll(() => submitButton(page).isEnabled()).toBe(true);

    // Should the server still hold an answer as carried over, its refusal is explained in Swedish with the area.
    const submitUrl = '**/response/submit';
    await page.route(submitUrl, (route) =>
      route.fulfill({
        status: 409,
        contentType: 'application/json',
        body: JSON.stringify({ error: { code: 'unconfirmed_answers', message: 'Confirm or change…', details: { areas: ['risk'] } } }),
      }),
    );
    await submitButton(page).click();
    await page.getByText(/^Svaren skickades inte in: svaret på \d+\. .+ är hämtat från förra året och inte bekräftat\./).waitFor();
    expect(await page.getByText('Confirm or change…').count()).toBe(0);
    await expectNoAxeViolations(page);
    await page.unroute(submitUrl);

    await submitButton(page).click();
    await page.getByRole('heading', { level: 1, name: 'Svaren är inskickade' }).waitFor();
    await page.getByRole('link', { name: 'Tillbaka till enkätomgångarna' }).click();
    await page.getByRole('listitem').filter({ hasText: 'Enkät 2050' }).getByText('10 av 10 områden besvarade').waitFor();
  });
});
