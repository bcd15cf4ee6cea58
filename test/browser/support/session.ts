import type { Page } from 'playwright-core';
import { SESSION_COOKIE } from '#server/auth/sessions';
import type { BrowserTestServer } from './server';

/**
 * Logs in through the login form, as a person would, and waits until the app
 * has left the login page. Create the user first with createUser() from
 * test/support/auth.ts (on server.app).
 */
export async function logInThroughForm(page: Page, loginUrl: string, user: { email: string; password: string }): Promise<void> {
  await page.goto(loginUrl);
  await page.locator('input[autocomplete="email"]').fill(user.email);
  await page.locator('input[autocomplete="current-password"]').fill(user.password);
  await page.locator('form button[type="submit"]').click();
  await page.waitForURL((url) => url.pathname !== '/logga-in');
}

/**
 * Gives the page's context a session made by the real login route (the password checked at full cost),
 * without loading the login page: for tests whose subject comes after the login. The page is not
 * navigated; its next goto() arrives logged in. Tests of the login itself use logInThroughForm().
 */
export async function logInByCookie(page: Page, server: BrowserTestServer, user: { email: string; password: string }): Promise<void> {
  const response = await server.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: user.email, password: user.password } });
  const session = response.cookies.find((cookie) => cookie.name === SESSION_COOKIE);
  if (response.statusCode !== 200 || !session) throw new Error(`login failed: ${response.statusCode} ${response.body}`);
  await page.context().addCookies([{ name: session.name, value: session.value, url: server.baseUrl, httpOnly: true, sameSite: 'Lax' }]);
}
