import type { Page } from 'playwright-core';
import { beforeAll, expect, test } from 'vitest';
import { createUser, organisationIdByCode } from '../support/auth';
import { openRoundWithInvitations } from '../support/survey';
import { expectNoAxeViolations } from './support/axe';
import { describeBrowser, useBrowser } from './support/browser';
import { useBrowserTestServer } from './support/server';
import { logInByCookie } from './support/session';

const YEAR = 2041;
const API = '**/api/**';
// Chromium reports each aborted request as a console error; here they are the point.
const ABORTED_REQUESTS = [/^Failed to load resource: net::ERR_FAILED/];

describeBrowser('recovering from an unreachable server', () => {
  const server = useBrowserTestServer();
  const browser = useBrowser();

  beforeAll(async () => {
    await openRoundWithInvitations(server.app, YEAR, ['0114', '0115']);
  });

  async function respondentOnRounds(organisationCode: string): Promise<Page> {
    const user = await createUser(server.app, [{ role: 'respondent', organisationCode }]);
    const page = await browser.newPage({ allowConsoleErrors: ABORTED_REQUESTS });
    // The page's own clock (time flows as usual): a test can move it on to the page's next retry instead of waiting for it.
    await page.clock.install();
    await logInByCookie(page, server, user);
    await page.goto(server.url('/enkat'));
    await page.getByRole('link', { name: /Öppna enkäten/ }).waitFor();
    return page;
  }

  /** The server stops answering: every API request fails as if the network were down. */
  const blockApi = (page: Page) => page.route(API, (route) => route.abort('failed'));
  const unblockApi = (page: Page) => page.unroute(API);

  /** Moves within the app as a link would (no reload, so the page keeps its state). */
  async function navigateInApp(page: Page, pathname: string) {
    await page.evaluate((to) => {
      window.history.pushState(null, '', to);
      window.dispatchEvent(new PopStateEvent('popstate'));
    }, pathname);
  }

  async function expectNetworkErrorWithRetry(page: Page) {
    const alert = page.getByRole('alert').filter({ hasText: 'Det gick inte att nå servern' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Vi försöker igen automatiskt.');
    await page.getByRole('button', { name: 'Försök igen' }).waitFor();
    await expectNoAxeViolations(page);
    return alert;
  }

  test('"Försök igen" brings the survey once the server is back, without a reload', async () => {
    const page = await respondentOnRounds('0114');
    await blockApi(page);
    await page.getByRole('link', { name: /Öppna enkäten/ }).click();
    const alert = await expectNetworkErrorWithRetry(page);
    await page.getByRole('link', { name: 'Tillbaka till enkätomgångarna' }).waitFor();

    await unblockApi(page);
    await page.getByRole('button', { name: 'Försök igen' }).click();
    await page.getByRole('heading', { level: 1, name: /Enkät 2041/ }).waitFor();
    await page.getByText('0 av 10 områden besvarade').waitFor();
    expect(await alert.count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Försök igen' }).count()).toBe(0);
  });

  test('the review page tries again by itself and shows the answers once the server is back', async () => {
    const page = await respondentOnRounds('0115');
    const organisationId = await organisationIdByCode(server.app, '0115');
    await blockApi(page);
    await navigateInApp(page, `/enkat/${YEAR}/${organisationId}/granska`);
    await page.getByRole('heading', { level: 1, name: `Granska och skicka in – enkät ${YEAR}` }).waitFor();
    const alert = await expectNetworkErrorWithRetry(page);
    // Ways on besides waiting: back to the survey, or to the rounds.
    await page.getByRole('link', { name: 'Tillbaka till enkäten' }).waitFor();
    await page.getByRole('link', { name: 'Tillbaka till enkätomgångarna' }).waitFor();

    await unblockApi(page);
    // No click: the failed queries ask again every 10 s while the page is visible.
    await page.clock.fastForward(10_000);
    await page.getByRole('heading', { level: 2, name: 'Obesvarade frågor' }).waitFor();
    await page.getByTestId('unanswered').waitFor();
    expect(await alert.count()).toBe(0);
    expect(page.url()).toContain('/granska');
  });

  test('a page whose code could not be fetched says so and reloads by itself once the server answers', async () => {
    const page = await respondentOnRounds('0114');
    await blockApi(page);
    await page.route('**/assets/**', (route) => route.abort('failed'));
    await navigateInApp(page, '/konto');
    await page.getByRole('heading', { level: 1, name: 'Sidan kunde inte hämtas' }).waitFor();
    await page.getByText('Det gick inte att nå servern').waitFor();
    await page.getByRole('button', { name: 'Ladda om sidan' }).waitFor();
    await expectNoAxeViolations(page);

    await page.unroute('**/assets/**');
    await unblockApi(page);
    // No click: the page checks every 10 s whether the server answers, then reloads.
    await page.clock.fastForward(10_000);
    await page.getByRole('heading', { level: 1, name: 'Mitt konto' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/konto');
  });
});
