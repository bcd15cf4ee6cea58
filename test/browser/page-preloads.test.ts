import type { Page } from 'playwright-core';
import { beforeAll, expect, test } from 'vitest';
import { createUser, organisationIdByCode } from '../support/auth';
import { LANGUAGE_COOKIE } from '#shared/language';
import { openRoundWithInvitations } from '../support/survey';
import { describeBrowser, useBrowser } from './support/browser';
import { useBrowserTestServer } from './support/server';
import { logInByCookie } from './support/session';

const YEAR = 2040;

type Link = { rel: string; as?: string; href: string };

/** The preload links of an HTML text (the server writes them one attribute form: name="value" or a bare name). */
function linksIn(html: string): Link[] {
  return [...html.matchAll(/<link\b([^>]*)>/g)]
    .map(([, attributes]) => Object.fromEntries([...attributes!.matchAll(/([\w-]+)(?:="([^"]*)")?/g)].map(([, name, value]) => [name!, value ?? ''])))
    .filter((link) => link.rel === 'modulepreload' || link.rel === 'preload')
    .map((link) => ({ rel: link.rel!, as: link.as, href: link.href!.replace(/&amp;/g, '&') }));
}

/** A request the page made: its path and query, and what started it (Chromium's initiator: parser for the HTML's links). */
type Sent = { path: string; initiator: string };

describeBrowser('what the page’s HTML preloads is what the page uses', () => {
  const server = useBrowserTestServer();
  const browser = useBrowser();

  beforeAll(async () => {
    await openRoundWithInvitations(server.app, YEAR, ['0114']);
  });

  /** From now on, every request Chromium sends for `page`. */
  async function recordRequests(page: Page): Promise<Sent[]> {
    const sent: Sent[] = [];
    const cdp = await page.context().newCDPSession(page);
    cdp.on('Network.requestWillBeSent', (event) => {
      const url = new URL(event.request.url);
      sent.push({ path: url.pathname + url.search, initiator: event.initiator.type });
    });
    await cdp.send('Network.enable');
    return sent;
  }

  /** Opens `pathname` (logged in with `user`'s roles), recording every request Chromium sends; also the HTML as the server sent it. */
  async function open(pathname: string, user?: Parameters<typeof createUser>[1]): Promise<{ page: Page; sent: Sent[]; links: Link[] }> {
    const page = await browser.newPage();
    if (user) await logInByCookie(page, server, await createUser(server.app, user));
    const sent = await recordRequests(page);
    const response = await page.goto(server.url(pathname));
    return { page, sent, links: linksIn(await response!.text()) };
  }

  /** Each preloaded address went over the network once, started by the HTML's link (not again by the page's own fetch or import). */
  function expectUsedOnce(sent: Sent[], preloaded: string[]) {
    for (const path of preloaded)
      expect(
        sent.filter((request) => request.path === path).map((request) => request.initiator),
        path,
      ).toEqual(['parser']);
  }

  test('the survey form takes its session, response, questions and chunks from the preloads, each fetched once', async () => {
    const organisationId = await organisationIdByCode(server.app, '0114');
    const { page, sent, links } = await open(`/enkat/${YEAR}/${organisationId}`, [{ role: 'respondent', organisationCode: '0114' }]);
    await page.getByRole('heading', { level: 1, name: new RegExp(`Enkät ${YEAR}`) }).waitFor();
    const data = links.filter((link) => link.as === 'fetch').map((link) => link.href);
    expect(data).toEqual(['/api/auth/me', `/api/rounds/${YEAR}/organisations/${organisationId}/response`, `/api/rounds/${YEAR}/questions?lang=sv`]);
    const chunks = links.filter((link) => link.rel === 'modulepreload').map((link) => link.href);
    expect(chunks.some((href) => /\/assets\/SurveyFormPage-[\w-]+\.js$/.test(href))).toBe(true);
    // The page has rendered from them: its first area's questions are there.
    await page.getByTestId('area-ciso').waitFor();
    expectUsedOnce(sent, [...data, ...chunks]);
  });

  test('an English reader’s survey form takes the English questions and texts from the preloads: the language switch leaves the cookie the server reads', async () => {
    const organisationId = await organisationIdByCode(server.app, '0114');
    const { page } = await open('/', [{ role: 'respondent', organisationCode: '0114' }]);
    await page.getByRole('button', { name: 'Change language to English' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect((await page.context().cookies()).find((cookie) => cookie.name === LANGUAGE_COOKIE)?.value).toBe('en');
    const sent = await recordRequests(page);
    const response = await page.goto(server.url(`/enkat/${YEAR}/${organisationId}`));
    const links = linksIn(await response!.text());
    await page.getByRole('heading', { level: 1, name: new RegExp(`Survey ${YEAR}`) }).waitFor();
    await page.getByTestId('area-ciso').waitFor();
    const data = links.filter((link) => link.as === 'fetch').map((link) => link.href);
    expect(data).toEqual(['/api/auth/me', `/api/rounds/${YEAR}/organisations/${organisationId}/response`, `/api/rounds/${YEAR}/questions?lang=en`]);
    const chunks = links.filter((link) => link.rel === 'modulepreload').map((link) => link.href);
    expectUsedOnce(sent, [...data, ...chunks]);
    // Nothing in Swedish only was asked for besides what the links named: no questions in Swedish.
    expect(sent.filter((request) => request.path.includes('questions?lang=sv'))).toEqual([]);
  });

  test('an anonymous visitor’s link to the survey form leads through the login page to the form (no stale 401 from a preload)', async () => {
    const user = await createUser(server.app, [{ role: 'respondent', organisationCode: '0114' }]);
    const organisationId = await organisationIdByCode(server.app, '0114');
    const { page, links } = await open(`/enkat/${YEAR}/${organisationId}`);
    // Without a session the page's data is not preloaded: those answers would be 401s, kept in the document.
    expect(links.filter((link) => link.as === 'fetch').map((link) => link.href)).toEqual(['/api/auth/me']);
    await page.waitForURL((url) => url.pathname === '/logga-in');
    await page.getByLabel('E-postadress').fill(user.email);
    await page.getByLabel('Lösenord', { exact: true }).fill(user.password);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(`Enkät ${YEAR}`) }).waitFor();
    await page.getByTestId('area-ciso').waitFor();
    expect(new URL(page.url()).pathname).toBe(`/enkat/${YEAR}/${organisationId}`);
  });

  test('the national page takes the session, its rounds and filter choices, its chunk and its texts from the preloads', async () => {
    const { page, sent, links } = await open('/nationellt', [{ role: 'analyst' }]);
    await page.getByRole('heading', { level: 1, name: 'Nationell översikt' }).waitFor();
    await page.getByRole('button', { name: 'Visa', exact: true }).waitFor();
    const data = links.filter((link) => link.as === 'fetch').map((link) => link.href);
    expect(data).toEqual(['/api/auth/me', '/api/rounds', '/api/results/filter-options']);
    const chunks = links.filter((link) => link.rel === 'modulepreload').map((link) => link.href);
    expect(chunks.some((href) => /\/assets\/NationalPage-[\w-]+\.js$/.test(href))).toBe(true);
    // The page's translations (namespace national) are one of them: it asked for none after its chunk ran.
    expect(chunks.length).toBeGreaterThan(2);
    const styles = links.filter((link) => link.as === 'style').map((link) => link.href);
    expect(styles.length).toBeGreaterThan(0);
    expectUsedOnce(sent, [...data, ...chunks, ...styles]);
  });

  test('the results page takes its reader’s organisation’s results from the preloads: the server found whose through the session', async () => {
    const organisationId = await organisationIdByCode(server.app, '0114');
    const { page, sent, links } = await open('/resultat', [{ role: 'respondent', organisationCode: '0114' }]);
    await page.getByRole('heading', { level: 1, name: /^Resultat för / }).waitFor();
    const data = links.filter((link) => link.as === 'fetch').map((link) => link.href);
    expect(data).toEqual(['/api/auth/me', `/api/organisations/${organisationId}/results?lang=sv`]);
    const chunks = links.filter((link) => link.rel === 'modulepreload').map((link) => link.href);
    expect(chunks.some((href) => /\/assets\/ResultsPage-[\w-]+\.js$/.test(href))).toBe(true);
    expectUsedOnce(sent, [...data, ...chunks]);
  });

  test('an anonymous visitor’s start page uses the preloaded session answer (401) and its chunk', async () => {
    const { page, sent, links } = await open('/');
    await page.getByRole('heading', { level: 1, name: 'Självskattning av informationssäkerhetsarbetet' }).waitFor();
    expect(links.filter((link) => link.as === 'fetch').map((link) => link.href)).toEqual(['/api/auth/me']);
    const chunks = links.filter((link) => link.rel === 'modulepreload').map((link) => link.href);
    expect(chunks.some((href) => /\/assets\/StartPage-[\w-]+\.js$/.test(href))).toBe(true);
    expectUsedOnce(sent, ['/api/auth/me', ...chunks]);
    // The session's 401 is an answer ("nobody"), not an error to put in words: the error texts were not loaded for it.
    expect(sent.filter((request) => /\/assets\/(errorMessages|errors)-[\w-]+\.js$/.test(request.path))).toEqual([]);
  });

  test('a preload the page never used does not answer the next person’s request in the same tab', async () => {
    // A respondent opens the national page: its HTML preloads the rounds (as the respondent may see them: no draft
    // rounds) and the filter choices (a refusal), and the page's guard turns the respondent away before the page asks.
    // Chromium keeps an unused preload for the document's life. An analyst then logs in on the same page and goes there.
    const analyst = await createUser(server.app, [{ role: 'analyst' }]);
    const { page, links, sent } = await open('/nationellt', [{ role: 'respondent', organisationCode: '0114' }]);
    expect(links.filter((link) => link.as === 'fetch').map((link) => link.href)).toContain('/api/results/filter-options');
    await page.getByRole('button', { name: 'Logga ut' }).click();
    await page.getByRole('link', { name: 'Logga in' }).first().click();
    await page.getByLabel('E-postadress').fill(analyst.email);
    await page.getByLabel('Lösenord', { exact: true }).fill(analyst.password);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.getByRole('navigation').getByRole('link', { name: 'Nationellt' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nationell översikt' }).waitFor();
    // The filter form shows with its choices: the analyst's own request was answered, not the respondent's refusal.
    await page.getByRole('button', { name: 'Visa', exact: true }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/nationellt');
    // Every request of the analyst's page went out with the analyst's session: none was answered by the respondent's preload.
    const loggedIn = sent.findIndex((request) => request.path === '/api/auth/login');
    const analystsRequests = sent.slice(loggedIn).map((request) => request.path);
    expect(analystsRequests).toContain('/api/rounds');
    expect(analystsRequests).toContain('/api/results/filter-options');
  });

  test('an unknown address names nothing to preload', async () => {
    const { page, links } = await open('/finns-inte');
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(links).toEqual([]);
  });
});
