import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createUser } from '../support/auth';
import { startTestOidcProvider, type TestOidcProvider } from '../support/oidc-provider';
import { expectNoAxeViolations } from './support/axe';
import { describeBrowser, useBrowser } from './support/browser';
import { useBrowserTestServer } from './support/server';
import { logInByCookie, logInThroughForm } from './support/session';

/**
 * Federated sign-in through a real OpenID provider (oidc-provider, in this
 * process on localhost: another site than the app on 127.0.0.1), configured in
 * the admin page and signed in through in Chromium: its login and consent
 * pages are filled like a person would.
 */
describeBrowser('federated sign-in (OpenID Connect)', () => {
  const server = useBrowserTestServer({ FEDERATION_SECRET_KEY: randomBytes(32).toString('base64') });
  const browser = useBrowser();
  let idp: TestOidcProvider;
  const domain = 'kommun-a.se';
  // The provider's pages load a web font from the internet, which the test machine does not reach.
  const offline = { allowConsoleErrors: [/^Failed to load resource: net::ERR_/] };

  beforeAll(async () => {
    idp = await startTestOidcProvider(server.url('/api/auth/federation/oidc/callback'), server.url('/'));
  });
  afterAll(async () => {
    await idp?.stop();
  });

  /** At the provider: its development login form (any login name is the account, with that e-mail) and its consent page. */
  async function signInAtProvider(page: Page, login: string) {
    await page.waitForURL((url) => url.origin === idp.issuer);
    await page.locator('input[name="login"]').fill(login);
    await page.locator('input[name="password"]').fill('anything');
    await page.locator('button[type="submit"]').click();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL((url) => url.origin === server.baseUrl);
  }

  /** The login page, e-mail first: the provider is named, the password field gone, and the button continues there. */
  async function startAtLoginPage(page: Page, email: string, start = '/logga-in') {
    await page.goto(server.url(start));
    await page.getByLabel('E-postadress').fill(email);
    await page.getByLabel('E-postadress').press('Tab');
    await page.getByRole('status').getByText('Kommun A sköter inloggningen').waitFor();
    expect(await page.getByLabel('Lösenord', { exact: true }).count()).toBe(0);
    await page.getByRole('button', { name: 'Fortsätt till Kommun A' }).click();
  }

  test('an administrator adds the provider; the secret is never shown again', async () => {
    const admin = await createUser(server.app, [{ role: 'admin' }]);
    const page = await browser.newPage();
    await logInByCookie(page, server, admin);
    await page.goto(server.url('/administration/identitetsleverantorer'));
    await page.getByRole('heading', { level: 1, name: 'Identitetsleverantörer' }).waitFor();
    await page.getByText(server.url('/api/auth/federation/oidc/callback')).waitFor();
    await page.getByRole('button', { name: 'Lägg till identitetsleverantör' }).click();
    await page.getByLabel('Namn', { exact: true }).fill('Kommun A');
    await page.getByLabel('E-postdomäner').fill(domain);
    await page.getByLabel('Utfärdare (issuer)').fill(idp.issuer);
    await page.getByLabel('Klient-id').fill(idp.clientId);
    await page.getByLabel('Klienthemlighet').fill(idp.clientSecret);
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.getByRole('status').getByText('Kommun A är sparad.').waitFor();
    await page.getByText('Klienthemlighet: sparad (visas aldrig)').waitFor();
    expect(await page.content()).not.toContain(idp.clientSecret);
    await expectNoAxeViolations(page);

    // Changing it shows an empty secret field that keeps the stored secret.
    await page.getByRole('button', { name: 'Ändra Kommun A' }).click();
    expect(await page.getByLabel('Klienthemlighet').inputValue()).toBe('');
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.getByText('Klienthemlighet: sparad (visas aldrig)').waitFor();
  });

  test('a respondent of the domain is sent to the provider and comes back signed in, to the page asked for', async () => {
    const respondent = await createUser(server.app, [{ role: 'respondent', organisationCode: '0114' }], {
      email: `rut@${domain}`,
      name: 'Rut Federerad',
    });
    const page = await browser.newPage(offline);
    await page.goto(server.url('/enkat'));
    await page.waitForURL((url) => url.pathname === '/logga-in');
    await expectNoAxeViolations(page);
    await startAtLoginPage(page, respondent.email, '/logga-in?nasta=%2Fenkat');
    await signInAtProvider(page, respondent.email);
    await page.waitForURL((url) => url.pathname === '/enkat');
    await page.getByRole('heading', { level: 1, name: 'Enkät' }).waitFor();

    // Single logout: the session ends here and the browser goes on to the provider's end-session page.
    await page.getByRole('button', { name: 'Logga ut' }).click();
    await page.waitForURL((url) => url.origin === idp.issuer);
    const me = await page.request.get(server.url('/api/auth/me'));
    expect(me.status()).toBe(401);
  });

  test('an address with a password domain still logs in with the password', async () => {
    const user = await createUser(server.app, [{ role: 'respondent', organisationCode: '0114' }]);
    const page = await browser.newPage();
    await logInThroughForm(page, server.url('/logga-in'), user);
    await page.getByRole('heading', { level: 1, name: 'Hej Test Person!' }).waitFor();
  });

  test('someone the provider knows but Mognad has not invited gets the "ask your respondent" page', async () => {
    const page = await browser.newPage(offline);
    await startAtLoginPage(page, `ny@${domain}`);
    await signInAtProvider(page, `ny@${domain}`);
    await page.waitForURL((url) => url.pathname === '/inloggning-nekad');
    await page.getByRole('heading', { level: 1, name: 'Inloggningen gick inte igenom' }).waitFor();
    await page.getByText('Be din organisations respondent i Mognad att bjuda in dig').waitFor();
    await expectNoAxeViolations(page);
    expect((await page.request.get(server.url('/api/auth/me'))).status()).toBe(401);
  });

  test('the provider cannot sign in an account of another domain, nor one whose address it does not verify', async () => {
    const boss = await createUser(server.app, [{ role: 'admin' }], { email: 'chef@kommun-b.se' });
    const page = await browser.newPage(offline);
    await startAtLoginPage(page, `anna@${domain}`);
    await signInAtProvider(page, boss.email);
    await page.waitForURL((url) => url.pathname === '/inloggning-nekad' && url.search === '?orsak=wrong_domain');
    await page.getByText('en adress på en annan domän').waitFor();
    expect((await page.request.get(server.url('/api/auth/me'))).status()).toBe(401);

    const unverified = await createUser(server.app, [{ role: 'viewer', organisationCode: '0114' }], { email: `overifierad@${domain}` });
    idp.claimsFor.set(unverified.email, { email_verified: false });
    const second = await browser.newPage(offline);
    await startAtLoginPage(second, unverified.email);
    await signInAtProvider(second, unverified.email);
    await second.waitForURL((url) => url.pathname === '/inloggning-nekad' && url.search === '?orsak=email_unverified');
    expect((await second.request.get(server.url('/api/auth/me'))).status()).toBe(401);
  });
});
