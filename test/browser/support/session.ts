import type { Page } from 'playwright-core';

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
