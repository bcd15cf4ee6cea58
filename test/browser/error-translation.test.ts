import type { Locator, Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { createUser, loginAs, organisationIdByCode } from '../support/auth';
import { tokenMailedTo } from '../support/outbox';
import { roundAdminApi, setContactEmail } from '../support/round-admin';
import { openRoundWithInvitations } from '../support/survey';
import { expectNoAxeViolations } from './support/axe';
import { LOST_ANSWER_ERRORS, loseNextAnswer } from './support/lost-answers';
import { describeBrowser, useBrowser } from './support/browser';
import { useBrowserTestServer } from './support/server';
import { logInByCookie } from './support/session';

// The API's own (English) messages for the same cases: none may reach the page.
const ENGLISH = /already exists|Invalid (body|params)|must be a valid|too common|No such|There is no/;

describeBrowser('errors in the user’s language', () => {
  const server = useBrowserTestServer();
  const browser = useBrowser();

  async function loggedIn(roles: Parameters<typeof createUser>[1], allowConsoleErrors: RegExp[] = []): Promise<Page> {
    const user = await createUser(server.app, roles);
    const page = await browser.newPage({ allowConsoleErrors });
    await logInByCookie(page, server, user);
    return page;
  }

  async function expectNoEnglish(page: Page) {
    expect(await page.locator('main').innerText()).not.toMatch(ENGLISH);
  }

  /** The message the form shows on a field: its own error text, tied to the input. */
  async function fieldError(input: Locator): Promise<string> {
    const id = (await input.getAttribute('aria-describedby'))?.split(' ') ?? [];
    const texts = await Promise.all(id.map((part) => input.page().locator(`[id="${part}"]`).innerText()));
    return texts.join(' ');
  }

  test('a round that already exists is named in Swedish', async () => {
    const admin = await loginAs(server.app, [{ role: 'admin' }]);
    const year = 2051;
    await roundAdminApi(server.app, admin.cookie).createRound(year);
    const page = await loggedIn([{ role: 'admin' }]);
    await page.goto(server.url('/administration/omgangar'));
    await page.getByRole('heading', { level: 1, name: 'Enkätomgångar' }).waitFor();
    await page.getByLabel('År').fill(String(year));
    await page.getByLabel('Öppnar').fill('2051-03-01T09:00');
    await page.getByLabel('Stänger').fill('2051-04-01T09:00');
    await page.getByRole('button', { name: 'Skapa omgången' }).click();
    await page.getByText(`Det finns redan en enkätomgång för ${year}.`).first().waitFor();
    await expectNoEnglish(page);
    await expectNoAxeViolations(page);
  });

  test('a bad contact e-mail address is explained on its field; corrected, the organisation is added once though its answer is lost', async () => {
    const page = await loggedIn([{ role: 'admin' }], LOST_ANSWER_ERRORS);
    await page.goto(server.url('/administration/organisationer'));
    // The add form is below the list of every organisation: wait until the list is in, so the form no longer moves.
    await page
      .getByRole('table', { name: /organisationer/i })
      .first()
      .waitFor({ timeout: 45_000 });
    const form = page.locator('form[aria-labelledby="add-organisation-heading"]');
    await form.getByLabel('Kod', { exact: true }).fill('K901');
    await form.getByLabel('Namn', { exact: true }).fill('Testförbundet');
    const email = form.getByLabel('Kontaktadress (e-post)', { exact: true });
    await email.fill('inte-en-adress');
    await form.getByRole('button', { name: 'Lägg till organisation' }).click();
    const expected = 'Kontaktadress (e-post): ange en giltig e-postadress, till exempel namn@kommun.se'; // the field named as its label names it
    await expect.poll(() => fieldError(email)).toContain(expected);
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    await expectNoEnglish(page);
    await expectNoAxeViolations(page);
    // axe over the list of every organisation takes long on a busy 2-core machine (as in admin.test.ts).

    // Stored, and its answer lost on the way back: sent again, the code would be refused as taken. The page reads the
    // list instead and says it was added.
    await email.fill('kansliet@testforbundet.example.se');
    await loseNextAnswer(page, 'POST', /^\/api\/admin\/organisations$/);
    await form.getByRole('button', { name: 'Lägg till organisation' }).click();
    await page.getByText('Testförbundet har lagts till.').waitFor();
    const added = await server.app.db.selectFrom('organisation').select('name').where('code', '=', 'K901').execute();
    expect(added).toEqual([{ name: 'Testförbundet' }]);
  });

  test('registering with a too common password says so on the password field', async () => {
    const year = 2052;
    const admin = await loginAs(server.app, [{ role: 'admin' }]);
    const api = roundAdminApi(server.app, admin.cookie);
    await setContactEmail(server.app, '0120', 'registrator@vaxholm.example.se');
    await api.createRound(year);
    await api.setState(year, 'open');
    await api.invite(year, { selection: { kind: 'codes', codes: ['0120'] } });
    const token = await tokenMailedTo(server.app, 'registrator@vaxholm.example.se', 'round_invitation');

    const page = await browser.newPage();
    await page.goto(server.url(`/registrera?token=${token}`));
    await page.getByLabel('E-postadress').fill('ciso@vaxholm.example.se');
    await page.getByLabel('Namn').fill('Vera Vaxholm');
    const password = page.getByLabel('Nytt lösenord');
    await password.fill('password1234');
    await page.getByLabel('Upprepa lösenordet').fill('password1234');
    await page.getByRole('button', { name: 'Registrera mig' }).click();
    await expect.poll(() => fieldError(password)).toMatch(/lösenordet är för vanligt eller lätt att gissa/);
    expect(await password.getAttribute('aria-invalid')).toBe('true');
    await expectNoEnglish(page);
    await expectNoAxeViolations(page);
  });

  test('a survey address with an impossible year, or another organisation’s survey, says so in Swedish with a way back', async () => {
    await openRoundWithInvitations(server.app, 2053, ['0114', '0115']);
    const other = await organisationIdByCode(server.app, '0115');
    const page = await loggedIn([{ role: 'respondent', organisationCode: '0114' }]);

    await page.goto(server.url('/enkat/1999/165'));
    const alert = page.getByRole('alert').filter({ hasText: 'Det finns ingen enkätomgång för det året.' });
    await alert.waitFor();
    await page.getByRole('link', { name: 'Tillbaka till enkätomgångarna' }).waitFor();
    expect(await page.getByRole('button', { name: 'Försök igen' }).count()).toBe(0);
    await expectNoEnglish(page);
    await expectNoAxeViolations(page);

    await page.goto(server.url(`/enkat/2053/${other}`));
    await page.getByRole('alert').filter({ hasText: 'Vi hittar inte enkätsvaret' }).waitFor();
    await page.getByRole('link', { name: 'Tillbaka till enkätomgångarna' }).click();
    await page
      .getByRole('link', { name: /Öppna enkäten/ })
      .first()
      .waitFor();
    await expectNoEnglish(page);
  });
});
