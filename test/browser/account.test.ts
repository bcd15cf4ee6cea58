import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import type { RoleSpec } from '../support/auth';
import { createUser } from '../support/auth';
import { lastMailTo } from '../support/outbox';
import { expectNoAxeViolations } from './support/axe';
import { describeBrowser, useBrowser } from './support/browser';
import { useBrowserTestServer } from './support/server';
import { logInByCookie, logInThroughForm } from './support/session';
import { expectFieldError, focusedId, isFocused, tabTo } from './support/focus';

// "Mitt konto" (/konto): change password, log out everywhere else, see one's
// roles, and (respondents) invite a colleague.

const NEW_PASSWORD = 'tre röda båtar i hamnen 2044';
/** Long enough for the page's own check; the server finds it far too easy to guess. */
const GUESSABLE = 'password1234';

describeBrowser('my account page', () => {
  const server = useBrowserTestServer();
  const browser = useBrowser();

  async function accountUser(roles: RoleSpec[], name: string) {
    return createUser(server.app, roles, { name });
  }

  /**
   * A fresh browser context with a session of its own, on /konto reached from the user menu of the start page. The
   * session comes from the real login route as a cookie: the login form is tested in session.test.ts, and below where
   * logging in is the point (the new password, /konto asking for a login).
   */
  async function openAccount(user: { email: string; password: string }, language: 'sv' | 'en' = 'sv'): Promise<Page> {
    const page = await browser.newPage();
    if (language === 'en') await page.addInitScript(() => window.localStorage.setItem('mognad.language', 'en'));
    await logInByCookie(page, server, user);
    await page.goto(server.url('/'));
    await page
      .getByRole('group', { name: language === 'en' ? 'User' : 'Användare' })
      .getByRole('link', { name: language === 'en' ? 'My account' : 'Mitt konto' })
      .click();
    await page.getByRole('heading', { level: 1, name: language === 'en' ? 'My account' : 'Mitt konto' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/konto');
    return page;
  }

  /** The next navigation of a logged-out context ends on the login page (and would come back to /konto). */
  async function expectSentToLogin(page: Page) {
    await page.goto(server.url('/konto'));
    await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/logga-in');
  }

  async function expectStillLoggedIn(page: Page) {
    await page.goto(server.url('/konto'));
    await page.getByRole('heading', { level: 1, name: 'Mitt konto' }).waitFor();
  }

  const passwordSection = (page: Page) => page.getByRole('region', { name: 'Byt lösenord' });
  const current = (page: Page) => page.getByLabel('Nuvarande lösenord', { exact: true });
  const newPassword = (page: Page) => page.getByLabel('Nytt lösenord', { exact: true });
  const confirm = (page: Page) => page.getByLabel('Upprepa lösenordet', { exact: true });

  async function changePassword(page: Page, currentPassword: string, password: string, confirmation = password) {
    await current(page).fill(currentPassword);
    await newPassword(page).fill(password);
    await confirm(page).fill(confirmation);
    await passwordSection(page).getByRole('button', { name: 'Byt lösenord' }).click();
  }

  test('changing the password logs out the other browser, keeps this one, and shows problems on their fields', async () => {
    const user = await accountUser([{ role: 'analyst' }], 'Petra Lösen');
    const here = await openAccount(user);
    const elsewhere = await openAccount(user);
    await expectNoAxeViolations(here);

    // Too short and mismatched: the page's own checks, before anything is sent.
    await changePassword(here, '', 'kort', 'annat');
    await expectFieldError(current(here), 'Nuvarande lösenord: fyll i');
    await expectFieldError(newPassword(here), 'Lösenord: skriv minst 12 tecken');
    await expectFieldError(confirm(here), 'Upprepa lösenordet: lösenorden är inte likadana');
    await expect.poll(() => isFocused(here.getByTestId('error-summary'))).toBe(true);
    await expectNoAxeViolations(here);

    // A wrong current password: on that field, and the session goes on.
    await changePassword(here, 'fel lösenord helt och hållet', NEW_PASSWORD);
    await expectFieldError(current(here), 'Det nuvarande lösenordet stämmer inte');
    expect(await newPassword(here).getAttribute('aria-invalid')).toBeNull();
    await here.getByText('Inloggad som Petra Lösen').waitFor();

    // Long enough but guessable: the server refuses it, shown on the new password field.
    await changePassword(here, user.password, GUESSABLE);
    await expectFieldError(newPassword(here), 'lösenordet är för vanligt eller lätt att gissa');
    expect(await current(here).getAttribute('aria-invalid')).toBeNull();
    await expectNoAxeViolations(here);

    await changePassword(here, user.password, NEW_PASSWORD);
    await passwordSection(here)
      .getByRole('status')
      .getByText('Lösenordet är bytt. Du har loggats ut på alla andra enheter, men är fortfarande inloggad här.')
      .waitFor();
    expect(await current(here).inputValue()).toBe('');
    expect(await here.getByTestId('error-summary').count()).toBe(0);
    await expectNoAxeViolations(here);

    await expectSentToLogin(elsewhere);
    await expectStillLoggedIn(here);
    // The new password is the one that works now.
    const again = await browser.newPage();
    await logInThroughForm(again, server.url('/logga-in'), { email: user.email, password: NEW_PASSWORD });
    await expectStillLoggedIn(again);
  });

  test('"log out on all other devices" ends the other browser’s session and keeps this one', async () => {
    const user = await accountUser([{ role: 'viewer', organisationCode: '0114' }], 'Sam Session');
    const here = await openAccount(user);
    const elsewhere = await openAccount(user);

    const section = here.getByRole('region', { name: 'Logga ut på alla andra enheter' });
    await section.getByRole('button', { name: 'Logga ut på alla andra enheter' }).click();
    await section.getByRole('status').getByText('Du har loggats ut på alla andra enheter. Här är du fortfarande inloggad.').waitFor();
    await expectNoAxeViolations(here);

    await expectSentToLogin(elsewhere);
    await expectStillLoggedIn(here);
    const audited = await server.app.db
      .selectFrom('audit_log')
      .select('id')
      .where('action', '=', 'auth.sessions_revoked')
      .where('actor_user_id', '=', user.id)
      .execute();
    expect(audited).toHaveLength(1);
  });

  test('shows the roles with organisation names; only respondents get the invitation form', async () => {
    const respondent = await accountUser(
      [
        { role: 'respondent', organisationCode: '0114' },
        { role: 'viewer', organisationCode: '0115' },
      ],
      'Rut Roller',
    );
    const page = await openAccount(respondent);
    expect(await page.getByTestId('account-roles').getByRole('listitem').allTextContents()).toEqual([
      'Respondent för Upplands Väsby',
      'Läsare för Vallentuna',
    ]);
    await page.getByRole('heading', { level: 2, name: 'Bjud in en kollega' }).waitFor();
    // One organisation to invite to: no organisation choice.
    expect(await page.getByLabel('Organisation').count()).toBe(0);

    const analyst = await accountUser([{ role: 'analyst' }], 'Ana Lys');
    const other = await openAccount(analyst);
    expect(await other.getByTestId('account-roles').getByRole('listitem').allTextContents()).toEqual(['Analytiker']);
    expect(await other.getByRole('heading', { name: 'Bjud in en kollega' }).count()).toBe(0);
  });

  test('a respondent invites a colleague: the same answer for every address, the mail is in the outbox, no role before acceptance', async () => {
    const user = await accountUser([{ role: 'respondent', organisationCode: '0114' }], 'Ivar Inbjudare');
    const page = await openAccount(user);
    const section = page.getByRole('region', { name: 'Bjud in en kollega' });
    const email = section.getByLabel('Kollegans e-postadress');
    const role = section.getByLabel('Roll', { exact: true });
    const send = section.getByRole('button', { name: 'Skicka inbjudan' });

    // Nothing typed: the e-mail field says so.
    await send.click();
    await expectFieldError(email, 'E-postadress: ange en giltig e-postadress, till exempel namn@kommun.se');
    await expect.poll(() => isFocused(section.getByTestId('error-summary'))).toBe(true);
    await expectNoAxeViolations(page);

    // A disabled account gets the same answer as anyone (nothing tells whether an address has an account), and no mail.
    const disabled = await createUser(server.app, [], { name: 'Avstängd' });
    await server.app.db.updateTable('app_user').set({ disabled_at: new Date() }).where('id', '=', disabled.id).execute();
    await email.fill(disabled.email);
    await send.click();
    await section.getByRole('status').getByText(`Inbjudan skickad till ${disabled.email}.`).waitFor();
    expect(await lastMailTo(server.app, disabled.email, 'invitation')).toBeUndefined();

    const colleague = `kollega-${Date.now()}@example.se`;
    await email.fill(colleague);
    await section.getByLabel('Kollegans namn').fill('Klara Kollega');
    await role.selectOption('viewer');
    await send.click();
    await section.getByRole('status').getByText(`Inbjudan skickad till ${colleague}. Personen får rollen när hen tackar ja.`).waitFor();
    expect(await email.inputValue()).toBe('');
    await expectNoAxeViolations(page);

    const mail = await lastMailTo(server.app, colleague, 'invitation');
    expect(mail?.body_text).toMatch(/\/inbjudan\?token=/);
    expect(mail?.body_text).toContain('Upplands Väsby');
    const granted = await server.app.db
      .selectFrom('user_role')
      .innerJoin('app_user', 'app_user.id', 'user_role.user_id')
      .innerJoin('organisation', 'organisation.id', 'user_role.organisation_id')
      .select(['user_role.role', 'organisation.code', 'app_user.name'])
      .where('app_user.email', '=', colleague)
      .execute();
    // The role comes when the colleague accepts, not before.
    expect(granted).toEqual([]);
  });

  test('the invitation form works with the keyboard alone', async () => {
    const user = await accountUser([{ role: 'respondent', organisationCode: '0114' }], 'Tore Tangent');
    const page = await openAccount(user);
    const colleague = `tangent-${Date.now()}@example.se`;
    await tabTo(page, 'invite-email');
    await page.keyboard.type(colleague);
    await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe('invite-name');
    await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe('invite-role');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skicka inbjudan');
    await page.keyboard.press('Enter');
    await page.getByText(`Inbjudan skickad till ${colleague}.`).waitFor();
    expect(await lastMailTo(server.app, colleague, 'invitation')).toBeDefined();
  });

  test('/konto has no axe violations in Swedish and in English', async () => {
    const user = await accountUser(
      [
        { role: 'respondent', organisationCode: '0114' },
        { role: 'respondent', organisationCode: '0115' },
      ],
      'Axel Axe',
    );
    const swedish = await openAccount(user);
    await swedish.getByLabel('Organisation').waitFor();
    await expectNoAxeViolations(swedish);

    const english = await openAccount(user, 'en');
    expect(await english.evaluate(() => document.documentElement.lang)).toBe('en');
    await english.getByRole('heading', { level: 2, name: 'Change password' }).waitFor();
    await english.getByRole('heading', { level: 2, name: 'Invite a colleague' }).waitFor();
    await english.getByLabel('Current password', { exact: true }).waitFor();
    await expectNoAxeViolations(english);
    // With both forms showing their problems at once (ids must stay unique).
    await english.getByRole('button', { name: 'Change password' }).click();
    await english.getByRole('button', { name: 'Send invitation' }).click();
    await expect.poll(() => english.getByTestId('error-summary').count()).toBe(2);
    await expectNoAxeViolations(english);
  });

  test('/konto needs a login and brings the user back afterwards', async () => {
    const user = await accountUser([], 'Nina Ny');
    const page = await browser.newPage();
    await page.goto(server.url('/konto'));
    await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
    await page.getByLabel('E-postadress').fill(user.email);
    await page.getByLabel('Lösenord', { exact: true }).fill(user.password);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mitt konto' }).waitFor();
    await page.getByText('Du har inga roller ännu.').waitFor();
  });
});
