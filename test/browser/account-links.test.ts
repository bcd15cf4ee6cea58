import type { Page } from 'playwright-core';
import { sql } from 'kysely';
import { expect, test } from 'vitest';
import { createUser, login, organisationIdByCode } from '../support/auth';
import { tokenMailedTo } from '../support/outbox';
import { expectNoAxeViolations } from './support/axe';
import { describeBrowser, useBrowser } from './support/browser';
import { useBrowserTestServer } from './support/server';
import { logInThroughForm } from './support/session';
import { expectFieldError, focusedId, isFocused, tabTo } from './support/focus';

// The pages people reach from links in mails: /inbjudan?token=… (accept an
// invitation), /glomt-losenord and /aterstall-losenord?token=… (reset a
// forgotten password). Each link is read from the outbox, as the person
// would read it from the mail.

const STRONG = 'blå cykel under äppelträdet 1987';
const ANOTHER_STRONG = 'sju gröna paraplyer vid kajen 2031';
/** Long enough for the page's own check; the server finds it far too easy to guess. */
const GUESSABLE = 'password1234';

describeBrowser('links from mails: invitation and password reset', () => {
  const server = useBrowserTestServer();
  const browser = useBrowser();

  let invitees = 0;
  /** An admin invites a new respondent of Upplands Väsby through the API; returns the e-mail and the token of the mailed link. */
  async function inviteRespondent(): Promise<{ email: string; token: string }> {
    invitees += 1;
    const email = `inbjuden-${invitees}-${Date.now()}@example.se`;
    const admin = await createUser(server.app, [{ role: 'admin' }], { name: 'Ada Admin' });
    const cookie = await login(server.app, admin.email, admin.password);
    const organisationId = await organisationIdByCode(server.app, '0114');
    const response = await server.app.inject({
      method: 'POST',
      url: '/api/admin/users/invite',
      headers: { cookie },
      payload: { email, roles: [{ role: 'respondent', organisationId }] },
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ outcome: 'invited' });
    return { email, token: await tokenMailedTo(server.app, email, 'invitation') };
  }

  async function openInvitation(token: string): Promise<Page> {
    const page = await browser.newPage();
    await page.goto(server.url(`/inbjudan?token=${encodeURIComponent(token)}`));
    await page.getByRole('heading', { level: 1, name: 'Skapa ditt konto' }).waitFor();
    return page;
  }

  async function openReset(token: string): Promise<Page> {
    const page = await browser.newPage();
    await page.goto(server.url(`/aterstall-losenord?token=${encodeURIComponent(token)}`));
    await page.getByRole('heading', { level: 1, name: 'Välj nytt lösenord' }).waitFor();
    return page;
  }

  const nameField = (page: Page) => page.getByLabel('Namn', { exact: true });
  const passwordField = (page: Page) => page.getByLabel('Nytt lösenord', { exact: true });
  const confirmField = (page: Page) => page.getByLabel('Upprepa lösenordet', { exact: true });
  const summary = (page: Page) => page.getByTestId('error-summary');

  async function fillInvitation(page: Page, name: string, password: string) {
    await nameField(page).fill(name);
    await passwordField(page).fill(password);
    await confirmField(page).fill(password);
    await page.getByRole('button', { name: 'Aktivera kontot' }).click();
  }

  async function fillReset(page: Page, password: string) {
    await passwordField(page).fill(password);
    await confirmField(page).fill(password);
    await page.getByRole('button', { name: 'Spara lösenordet' }).click();
  }

  /**
   * A login with these credentials is refused (the password was not changed): asked of the login route itself. How the
   * login form shows a refusal is tested in shell.test.ts.
   */
  async function expectLoginRefused(email: string, password: string) {
    const response = await server.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ error: { code: 'invalid_credentials' } });
  }

  test('an invited person sets name and password, logs in, and the link then says it has been used', async () => {
    const { email, token } = await inviteRespondent();
    const page = await openInvitation(token);
    await expectNoAxeViolations(page);
    expect(await nameField(page).getAttribute('autocomplete')).toBe('name');
    expect(await passwordField(page).getAttribute('type')).toBe('password');
    expect(await passwordField(page).getAttribute('autocomplete')).toBe('new-password');
    expect(await confirmField(page).getAttribute('autocomplete')).toBe('new-password');

    await fillInvitation(page, 'Nora Nyanställd', STRONG);
    await page.getByRole('heading', { level: 1, name: 'Ditt konto är klart' }).waitFor();
    await expect.poll(() => isFocused(page.getByRole('heading', { level: 1 }))).toBe(true);
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Logga in' }).last().click();
    await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
    await logInThroughForm(page, server.url('/logga-in'), { email, password: STRONG });
    await page.getByRole('heading', { level: 1, name: 'Hej Nora Nyanställd!' }).waitFor();
    await page.getByText('Inloggad som Nora Nyanställd').waitFor();
    // A respondent's menu: the survey and the results, no national or admin pages.
    expect(await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link').allTextContents()).toEqual(['Start', 'Enkät', 'Resultat']);

    const again = await openInvitation(token);
    await fillInvitation(again, 'Någon Annan', ANOTHER_STRONG);
    await summary(again).getByText('Inbjudan har redan använts. Logga in, eller välj ”Glömt lösenordet?” för att välja ett nytt lösenord.').waitFor();
    await expect.poll(() => isFocused(summary(again))).toBe(true);
    await expectNoAxeViolations(again);
    // The used link changed nothing: the name and the password are still the ones chosen first.
    await expectLoginRefused(email, ANOTHER_STRONG);
    const user = await server.app.db.selectFrom('app_user').select('name').where('email', '=', email).executeTakeFirstOrThrow();
    expect(user.name).toBe('Nora Nyanställd');
  });

  test('a weak password is shown on its field, and the same link still works afterwards', async () => {
    const { email, token } = await inviteRespondent();
    const page = await openInvitation(token);

    // Too short: the page's own check, before anything is sent.
    await fillInvitation(page, 'Vera Svag', 'kort');
    await expectFieldError(passwordField(page), 'Lösenord: skriv minst 12 tecken');
    expect(await summary(page).getByRole('link', { name: 'Lösenord: skriv minst 12 tecken' }).count()).toBe(1);
    await expectNoAxeViolations(page);

    // Long enough but easy to guess: refused by the server, shown on the same field.
    await fillInvitation(page, 'Vera Svag', GUESSABLE);
    await expectFieldError(passwordField(page), 'lösenordet är för vanligt eller lätt att gissa');
    await expect.poll(() => isFocused(summary(page))).toBe(true);
    await summary(page)
      .getByRole('link', { name: /lösenordet är för vanligt eller lätt att gissa/ })
      .click();
    expect(await isFocused(passwordField(page))).toBe(true);
    expect(await nameField(page).getAttribute('aria-invalid')).toBeNull();
    await expectNoAxeViolations(page);

    // Mismatched confirmation is tied to the confirmation field.
    await nameField(page).fill('Vera Svag');
    await passwordField(page).fill(STRONG);
    await confirmField(page).fill(`${STRONG}!`);
    await page.getByRole('button', { name: 'Aktivera kontot' }).click();
    await expectFieldError(confirmField(page), 'Upprepa lösenordet: lösenorden är inte likadana');
    expect(await passwordField(page).getAttribute('aria-invalid')).toBeNull();

    await fillInvitation(page, 'Vera Svag', STRONG);
    await page.getByRole('heading', { level: 1, name: 'Ditt konto är klart' }).waitFor();
    const loggedIn = await browser.newPage();
    await logInThroughForm(loggedIn, server.url('/logga-in'), { email, password: STRONG });
    await loggedIn.getByRole('heading', { level: 1, name: 'Hej Vera Svag!' }).waitFor();
  });

  test('the invitation form works with the keyboard alone', async () => {
    const { email, token } = await inviteRespondent();
    const page = await openInvitation(token);

    await tabTo(page, 'name');
    await page.keyboard.type('Kim Tangentbord');
    await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe('password');
    await page.keyboard.type(STRONG);
    await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe('confirmPassword');
    await page.keyboard.type(STRONG);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Aktivera kontot');
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { level: 1, name: 'Ditt konto är klart' }).waitFor();
    await expect.poll(() => isFocused(page.getByRole('heading', { level: 1 }))).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Logga in');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();

    // Logging in, also by keyboard: typing into the focused fields and Enter.
    await tabTo(page, (await page.getByLabel('E-postadress').getAttribute('id'))!);
    await page.keyboard.type(email);
    await page.keyboard.press('Tab');
    await page.keyboard.type(STRONG);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Hej Kim Tangentbord!' }).waitFor();
  });

  test('a forgotten password is reset from the mailed link; the old one stops working and the link is single-use', async () => {
    const user = await createUser(server.app, [{ role: 'analyst' }], { name: 'Glenn Glömsk' });
    const page = await browser.newPage();
    await page.goto(server.url('/logga-in'));
    await page.getByRole('link', { name: 'Glömt lösenordet?' }).click();
    await page.getByRole('heading', { level: 1, name: 'Glömt lösenord' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/glomt-losenord');
    await expectNoAxeViolations(page);

    // An empty submit: the error is on the field.
    await page.getByRole('button', { name: 'Skicka länk' }).click();
    await expectFieldError(page.getByLabel('E-postadress'), 'E-postadress: fyll i');
    await expectNoAxeViolations(page);

    await page.getByLabel('E-postadress').fill(user.email);
    await page.getByRole('button', { name: 'Skicka länk' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kontrollera din e-post' }).waitFor();
    await page.getByText(`Om det finns ett konto för ${user.email}`).waitFor();
    await expectNoAxeViolations(page);

    const token = await tokenMailedTo(server.app, user.email, 'password_reset');
    const reset = await openReset(token);
    await expectNoAxeViolations(reset);
    await fillReset(reset, GUESSABLE);
    await expectFieldError(passwordField(reset), 'lösenordet är för vanligt eller lätt att gissa');
    await expectNoAxeViolations(reset);

    await fillReset(reset, ANOTHER_STRONG);
    await reset.getByRole('heading', { level: 1, name: 'Lösenordet är bytt' }).waitFor();
    await expect.poll(() => isFocused(reset.getByRole('heading', { level: 1 }))).toBe(true);
    await expectNoAxeViolations(reset);

    await expectLoginRefused(user.email, user.password);
    await reset.getByRole('link', { name: 'Logga in' }).last().click();
    await reset.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
    await logInThroughForm(reset, server.url('/logga-in'), { email: user.email, password: ANOTHER_STRONG });
    await reset.getByRole('heading', { level: 1, name: 'Hej Glenn Glömsk!' }).waitFor();

    const again = await openReset(token);
    await fillReset(again, STRONG);
    await summary(again).getByText('Länken har redan använts. Be om en ny länk om du fortfarande behöver den.').waitFor();
    await again.getByRole('link', { name: 'Be om en ny länk' }).waitFor();
    await expectLoginRefused(user.email, STRONG);
  });

  test('an unknown address asked for a reset gets the same answer and no mail', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('/glomt-losenord'));
    await page.getByLabel('E-postadress').fill('finns.inte@example.se');
    await page.getByRole('button', { name: 'Skicka länk' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kontrollera din e-post' }).waitFor();
    const mails = await server.app.db.selectFrom('outbox_message').select('id').where('to_address', '=', 'finns.inte@example.se').execute();
    expect(mails).toEqual([]);
  });

  test('an expired, an unknown or a cut-off link says so clearly, and offers a new link', async () => {
    const user = await createUser(server.app, [{ role: 'analyst' }], { name: 'Sena Sara' });
    const request = await server.app.inject({ method: 'POST', url: '/api/auth/password-reset/request', payload: { email: user.email } });
    expect(request.statusCode).toBe(202);
    const token = await tokenMailedTo(server.app, user.email, 'password_reset');
    await server.app.db
      .updateTable('user_token')
      .set({ expires_at: sql<Date>`now() - interval '1 minute'` })
      .where('user_id', '=', user.id)
      .execute();

    const expired = await openReset(token);
    await fillReset(expired, STRONG);
    await summary(expired).getByText('Länken gäller inte längre. Be om en ny.').waitFor();
    await expect.poll(() => isFocused(summary(expired))).toBe(true);
    await expectNoAxeViolations(expired);
    await expired.getByRole('link', { name: 'Be om en ny länk' }).click();
    await expired.getByRole('heading', { level: 1, name: 'Glömt lösenord' }).waitFor();

    const tokenInvalid = 'Länken fungerar inte. Kontrollera att du fick med hela länken, eller be om en ny.';
    const unknown = await openReset('x'.repeat(43));
    await fillReset(unknown, STRONG);
    await summary(unknown).getByText(tokenInvalid).waitFor();

    // A link cut off in the mail program: a short token is just as invalid.
    const cutOff = await openReset(token.slice(0, 6));
    await fillReset(cutOff, STRONG);
    await summary(cutOff).getByText(tokenInvalid).waitFor();

    const unknownInvitation = await openInvitation('y'.repeat(43));
    await fillInvitation(unknownInvitation, 'Okänd Person', STRONG);
    await summary(unknownInvitation).getByText(tokenInvalid).waitFor();
    await expectNoAxeViolations(unknownInvitation);

    // The old password still works: nothing was changed by the refused links.
    const page = await browser.newPage();
    await logInThroughForm(page, server.url('/logga-in'), user);
    await page.getByRole('heading', { level: 1, name: 'Hej Sena Sara!' }).waitFor();
  });

  test('a link without its token says what to do', async () => {
    const invitation = await browser.newPage();
    await invitation.goto(server.url('/inbjudan'));
    await invitation.getByRole('heading', { level: 1, name: 'Skapa ditt konto' }).waitFor();
    await invitation.getByText('Länken saknar den kod som behövs. Öppna länken i inbjudan igen').waitFor();
    expect(await invitation.getByRole('textbox').count()).toBe(0);
    await expectNoAxeViolations(invitation);

    const reset = await browser.newPage();
    await reset.goto(server.url('/aterstall-losenord'));
    await reset.getByRole('heading', { level: 1, name: 'Välj nytt lösenord' }).waitFor();
    await reset.getByText('Länken saknar den kod som behövs.').waitFor();
    await reset.getByRole('link', { name: 'Be om en ny länk' }).waitFor();
    await expectNoAxeViolations(reset);
  });
});
