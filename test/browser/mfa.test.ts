import { Secret, TOTP } from 'otpauth';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { TEST_PASSWORD, createUser } from '../support/auth';
import { expectNoAxeViolations } from './support/axe';
import { describeBrowser, useBrowser } from './support/browser';
import { useBrowserTestServer } from './support/server';

// Two-step verification in Chromium (docs/decisions/0024): an analyst, whose role requires it,
// is led from the login to set up an authenticator app (codes computed here with otpauth) and
// then gives a code at every login; an administrator sets up a passkey on Chromium's virtual
// authenticator (DevTools protocol WebAuthn) and signs in with it.

/** A code from the app `steps` periods of 30 s from now. */
const totpCode = (secret: string, steps = 0) =>
  TOTP.generate({ secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period: 30, timestamp: Date.now() + steps * 30_000 });

const BOOTSTRAP_EMAIL = 'forsta-admin@example.se';

describeBrowser('two-step verification', () => {
  const server = useBrowserTestServer({ MFA_REQUIRED_ROLES: 'admin,analyst', ADMIN_EMAIL: BOOTSTRAP_EMAIL, ADMIN_PASSWORD: TEST_PASSWORD });
  const browser = useBrowser();
  // Passkeys need a domain as relying party id: the app is opened at localhost (a loopback PUBLIC_URL stands for every spelling).
  const local = (pathname: string) => server.url(pathname).replace('127.0.0.1', 'localhost');

  async function submitLogin(page: Page, user: { email: string; password: string }) {
    await page.goto(local('/logga-in'));
    await page.locator('input[autocomplete="email"]').fill(user.email);
    await page.locator('input[autocomplete="current-password"]').fill(user.password);
    await page.locator('form button[type="submit"]').click();
  }

  test('an analyst is led to link an authenticator app, then gives a code at every login', async () => {
    const user = await createUser(server.app, [{ role: 'analyst' }], { name: 'Ana Lytiker' });
    const page = await browser.newPage();
    await submitLogin(page, user);

    await page.getByRole('heading', { level: 1, name: 'Sätt upp tvåstegsverifiering' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/tvastegsverifiering');
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Koppla en app' }).click();
    const secret = (await page.getByTestId('totp-secret').textContent())!.trim();
    await expect.poll(() => page.getByRole('img', { name: 'QR-kod att skanna med autentiseringsappen' }).count()).toBe(1);
    await expectNoAxeViolations(page);
    // A wrong code is said on the field, and links nothing.
    const wrong = totpCode(secret) === '000000' ? '111111' : '000000';
    await page.getByLabel('Sexsiffrig kod').fill(wrong);
    await page.getByRole('button', { name: 'Koppla appen' }).click();
    await page.getByText('Koden stämmer inte').first().waitFor();

    await page.getByLabel('Sexsiffrig kod').fill(totpCode(secret));
    await page.getByRole('button', { name: 'Koppla appen' }).click();
    const codes = page.getByTestId('recovery-codes').getByRole('listitem');
    await expect.poll(() => codes.count()).toBe(10);
    await expectNoAxeViolations(page);

    // The session is complete now: the account page shows the app and makes API tokens.
    await page.goto(local('/konto'));
    await page.getByRole('heading', { level: 1, name: 'Mitt konto' }).waitFor();
    await page.getByText('Autentiseringsapp: kopplad.').waitFor();
    const tokens = page.getByRole('region', { name: 'API-nycklar för skript' });
    await tokens.getByLabel('Namn', { exact: true }).fill('Nattlig export');
    await tokens.getByRole('button', { name: 'Skapa API-nyckel' }).click();
    await expect.poll(async () => (await page.getByTestId('new-token').textContent()) ?? '').toMatch(/mognad_[A-Za-z0-9_-]{43}/);
    await expectNoAxeViolations(page);

    // The next login waits for a code: the challenge page, then where the login was going.
    const next = await browser.newPage();
    await next.goto(local('/konto'));
    await next.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
    await next.locator('input[autocomplete="email"]').fill(user.email);
    await next.locator('input[autocomplete="current-password"]').fill(user.password);
    await next.locator('form button[type="submit"]').click();
    await next.getByRole('heading', { level: 1, name: 'Tvåstegsverifiering' }).waitFor();
    expect(new URL(next.url()).pathname).toBe('/logga-in/tvastegsverifiering');
    await expectNoAxeViolations(next);
    await next.getByLabel('Sexsiffrig kod').fill(totpCode(secret, 1));
    await next.getByRole('button', { name: 'Fortsätt' }).click();
    await next.getByRole('heading', { level: 1, name: 'Mitt konto' }).waitFor();
    expect(new URL(next.url()).pathname).toBe('/konto');
  });

  test('an administrator sets up a passkey and signs in with it (virtual authenticator)', async () => {
    const user = await createUser(server.app, [{ role: 'admin' }], { name: 'Ada Min' });
    const page = await browser.newPage();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('WebAuthn.enable');
    const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
      options: {
        protocol: 'ctap2',
        transport: 'internal',
        hasResidentKey: true,
        hasUserVerification: true,
        isUserVerified: true,
        automaticPresenceSimulation: true,
      },
    });

    await submitLogin(page, user);
    await page.getByRole('heading', { level: 1, name: 'Sätt upp tvåstegsverifiering' }).waitFor();
    await page.getByLabel('Namn på nyckeln').fill('Testdatorn');
    await page.getByRole('button', { name: 'Skapa nyckel' }).click();
    await expect.poll(() => page.getByTestId('recovery-codes').getByRole('listitem').count()).toBe(10);
    const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
    expect(credentials).toHaveLength(1);
    const stored = await server.app.db.selectFrom('user_passkey').select(['name', 'credential_id']).where('user_id', '=', user.id).execute();
    // DevTools gives the id in base64, WebAuthn's JSON in base64url.
    expect(stored).toEqual([{ name: 'Testdatorn', credential_id: Buffer.from(credentials[0]!.credentialId, 'base64').toString('base64url') }]);

    // Logged out (the cookies gone), the same browser signs in again: password, then the passkey.
    await page.context().clearCookies();
    await submitLogin(page, user);
    await page.getByRole('heading', { level: 1, name: 'Tvåstegsverifiering' }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Använd nyckel' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/');
    const me = await page.evaluate(async () => (await fetch('/api/auth/me')).status);
    expect(me).toBe(200);
    const used = await server.app.db.selectFrom('user_passkey').select('last_used_at').where('user_id', '=', user.id).executeTakeFirstOrThrow();
    expect(used.last_used_at).not.toBeNull();
  });

  test('an administrator resets a user’s two-step verification on the users page', async () => {
    const analyst = await createUser(server.app, [{ role: 'analyst' }], { name: 'Tappad Telefon' });
    await server.app.db.insertInto('user_totp').values({ user_id: analyst.id, secret: 'JBSWY3DPEHPK3PXP', confirmed_at: new Date() }).execute();
    // The bootstrap administrator logs in with the password alone until MFA is set up (interfaces §4).
    await createUser(server.app, [{ role: 'admin' }], { email: BOOTSTRAP_EMAIL, name: 'Första Admin' });
    const page = await browser.newPage();
    await submitLogin(page, { email: BOOTSTRAP_EMAIL, password: TEST_PASSWORD });
    await expect.poll(() => new URL(page.url()).pathname).toBe('/');

    await page.goto(local(`/administration/anvandare?search=${encodeURIComponent(analyst.email)}`));
    const row = page.getByRole('row').filter({ hasText: analyst.email });
    await row.getByRole('button', { name: `Nollställ tvåstegsverifiering – ${analyst.email}` }).click();
    const confirm = row.getByRole('group', { name: `Nollställ tvåstegsverifiering – ${analyst.email}` });
    await confirm.getByText(`Nollställ tvåstegsverifieringen för ${analyst.email}`).waitFor();
    await expectNoAxeViolations(page);
    await confirm.getByRole('button', { name: 'Nollställ tvåstegsverifiering' }).click();
    await page.getByText(`Tvåstegsverifieringen för ${analyst.email} är nollställd.`).waitFor();

    expect(await server.app.db.selectFrom('user_totp').select('user_id').where('user_id', '=', analyst.id).execute()).toEqual([]);
    const entry = await server.app.db.selectFrom('audit_log').select('details').where('action', '=', 'user.mfa_reset').executeTakeFirstOrThrow();
    expect(entry.details).toMatchObject({ userId: analyst.id, removed: { totp: true } });
  });
});
