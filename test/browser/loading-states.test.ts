import type { Page } from 'playwright-core';
import { beforeAll, expect, test } from 'vitest';
import { seedDemoData } from '#server/demo/seed';
import { createUser } from '../support/auth';
import { describeBrowser, useBrowser } from './support/browser';
import { useBrowserTestServer } from './support/server';
import { logInByCookie } from './support/session';

/** A part of a page, and what in it means its figures are there. */
type Watched = { name: string; part: string; figures: string };

/**
 * Records, after every commit to the DOM (a MutationObserver sees each one, painted or not), what each watched part
 * shows: 'loading' (a loading message), 'error', 'figures', or 'empty' (none of these).
 */
const recordStates = (watched: Watched[]) => `(() => {
  const watched = ${JSON.stringify(watched)};
  const states = (window.__states = Object.fromEntries(watched.map((w) => [w.name, []])));
  const stateOf = (part, figures) => {
    if (part.querySelector('.loading-message')) return 'loading';
    if (part.querySelector('[role="alert"]')) return 'error';
    if (part.querySelector(figures)) return 'figures';
    return 'empty';
  };
  new MutationObserver(() => {
    for (const { name, part, figures } of watched) {
      const element = document.querySelector(part);
      if (!element) continue;
      const state = stateOf(element, figures);
      if (states[name].at(-1) !== state) states[name].push(state);
    }
  }).observe(document, { childList: true, subtree: true });
})();`;

/**
 * Issue 15's transitions (docs/decisions/0019, 0033) hand a query's answer to React as a deferred value: React
 * commits once with the answer not yet rendered, then again with it. A part that hid its loading message on the
 * query's state, not on what it renders, stood empty in between — on a busy phone long enough to be painted: the
 * page collapsed under the reader and came back (CI's layout-shift failure of 0.68 twice, session 14).
 */
describeBrowser('a part says it is loading until its figures are there', () => {
  const server = useBrowserTestServer();
  const browser = useBrowser();
  const users = {} as Record<'respondent' | 'analyst', Awaited<ReturnType<typeof createUser>>>;

  beforeAll(async () => {
    await seedDemoData(server.app.db, { info: () => undefined });
    users.respondent = await createUser(server.app, [{ role: 'respondent', organisationCode: '0180' }], { name: 'Anna Andersson' });
    users.analyst = await createUser(server.app, [{ role: 'analyst' }], { name: 'Bo Ek' });
  });

  async function statesOf(user: (typeof users)['respondent'], path: string, watched: Watched[], whenDone: (page: Page) => Promise<void>) {
    const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
    await logInByCookie(page, server, user);
    await page.addInitScript(recordStates(watched));
    await page.goto(server.url(path));
    await whenDone(page);
    return page.evaluate(() => (window as unknown as { __states: Record<string, string[]> }).__states);
  }

  /** Once it has said it is loading (or shown its figures at once), a part never stands empty, and ends with its figures. */
  const expectNoEmptyGap = (states: Record<string, string[]>) => {
    for (const [name, sequence] of Object.entries(states)) {
      const history = `${name}: ${sequence.join(' → ')}`;
      const shown = sequence.slice(sequence.findIndex((state) => state !== 'empty'));
      expect(shown.at(-1), history).toBe('figures');
      expect(shown, history).not.toContain('empty');
    }
  };

  test('the results page and its action plan', async () => {
    const states = await statesOf(
      users.respondent,
      '/resultat',
      [
        { name: 'report', part: 'main', figures: '#summary-heading' },
        { name: 'plan', part: '.plan-section', figures: '.plan-area' },
      ],
      (page) => page.locator('.plan-area').first().waitFor(),
    );
    expectNoEmptyGap(states);
  });

  test('the action plan page', async () => {
    const states = await statesOf(users.respondent, '/handlingsplan', [{ name: 'plan', part: '.plan-section', figures: '.plan-area' }], (page) =>
      page.locator('.plan-area').first().waitFor(),
    );
    expectNoEmptyGap(states);
  });

  test("the national page's parts rendered when the reader comes near them", async () => {
    const parts: Watched[] = [
      { name: 'crosstab', part: '.national-crosstab__pending:not(.lazy-section--pending)', figures: 'table' },
      { name: 'trends', part: '.national-trends__pending:not(.lazy-section--pending)', figures: 'table' },
      { name: 'status list', part: '.national-status__pending:not(.lazy-section--pending)', figures: 'table' },
      { name: 'improvement', part: '.national-improvement__pending:not(.lazy-section--pending)', figures: 'table' },
    ];
    const states = await statesOf(users.analyst, '/nationellt', parts, async (page) => {
      await page.locator('.national-area').first().waitFor();
      // As a reader scrolling down to each in turn.
      for (const { part } of parts) {
        await page.locator(part.replace(':not(.lazy-section--pending)', '')).scrollIntoViewIfNeeded();
        await page.locator(`${part} table`).first().waitFor();
      }
    });
    expectNoEmptyGap(states);
  });
});
