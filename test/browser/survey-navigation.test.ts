import type { Locator, Page } from 'playwright-core';
import { beforeAll, expect, test } from 'vitest';
import { changeRoundState, createRound } from '#server/rounds/service';
import { createUser, login, organisationIdByCode } from '../support/auth';
import { ANSWERABLE_AREAS, openRoundWithInvitations, responseUrl } from '../support/survey';
import { expectNoAxeViolations } from './support/axe';
import { describeBrowser, useBrowser } from './support/browser';
import { useBrowserTestServer } from './support/server';
import { logInByCookie } from './support/session';
import { SYSTEM_ACTOR } from '#server/audit/actor';

const OPEN_YEAR = 2043;
const FUTURE_YEAR = 2044;
const DAY_MS = 24 * 60 * 60 * 1000;

describeBrowser('the survey: area navigation, read-only view, history and wording', () => {
  const server = useBrowserTestServer();
  const browser = useBrowser();

  beforeAll(async () => {
    await openRoundWithInvitations(server.app, OPEN_YEAR, ['0114', '0115', '0117', '0120']);
    // A round that is open but whose window starts in a week.
    const now = Date.now();
    const future = await createRound(
      server.app.db,
      { year: FUTURE_YEAR, opensAt: new Date(now + 7 * DAY_MS), closesAt: new Date(now + 60 * DAY_MS) },
      SYSTEM_ACTOR,
    );
    await changeRoundState(server.app.db, FUTURE_YEAR, 'open', SYSTEM_ACTOR);
    await server.app.db
      .insertInto('round_invitation')
      .values({ round_id: future.id, organisation_id: await organisationIdByCode(server.app, '0117') })
      .execute();
  });

  async function logIn(page: Page, organisationCode: string, name = 'Rut Respondent') {
    const user = await createUser(server.app, [{ role: 'respondent', organisationCode }], { name });
    // The login form is tested in session.test.ts: here the session comes as a cookie.
    await logInByCookie(page, server, user);
    await page.goto(server.url('/enkat'));
    await page.getByRole('heading', { level: 1, name: 'Enkät' }).waitFor();
    return user;
  }

  const area = (page: Page, key: string) => page.getByTestId(`area-${key}`);
  const areaNav = (page: Page) => page.getByRole('navigation', { name: 'Enkätens områden' });
  const navLink = (page: Page, position: number) => areaNav(page).getByRole('link', { name: new RegExp(`^${position}\\. `) });
  const currentLinks = (page: Page) =>
    areaNav(page)
      .locator('a[aria-current]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  const saved = (page: Page) => expect.poll(() => page.getByTestId('save-status').getAttribute('data-status')).toBe('saved');

  test('lists the ten areas with their state, follows the answers, and moves focus to an area by keyboard', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await logIn(page, '0114');
    await page.getByRole('link', { name: /Öppna enkäten/ }).click();
    await page.getByTestId('area-ciso').waitFor();
    // The areas after the first render in turns after the first paint (SectionTurn): wait for the last.
    await area(page, ANSWERABLE_AREAS[ANSWERABLE_AREAS.length - 1]!.key).waitFor();

    const links = areaNav(page).getByRole('link');
    expect(await links.count()).toBe(ANSWERABLE_AREAS.length);
    const hrefs = await links.evaluateAll((elements) => elements.map((element) => element.getAttribute('href')));
    const sections = await page.locator('section.survey-area').evaluateAll((elements) => elements.map((element) => `#${element.id}`));
    expect(hrefs).toEqual(sections);
    for (let position = 1; position <= ANSWERABLE_AREAS.length; position += 1) {
      expect(await navLink(page, position).textContent()).toContain('Inte besvarat');
    }
    expect(await currentLinks(page)).toEqual(['#area-ciso']);
    await expectNoAxeViolations(page);

    // "Ja" without its follow-up is not answered yet, and the navigation says what is missing.
    await area(page, 'ciso').getByRole('radio', { name: 'Ja', exact: true }).check();
    await expect.poll(() => navLink(page, 1).textContent()).toContain('Följdfrågan saknar svar');
    // The hint fits the CISO follow-up (a share of working time), not a degree of implementation.
    const hint = area(page, 'ciso').locator('.survey-hint');
    expect(await hint.textContent()).toBe('Välj ett svar på följdfrågan. Först då räknas området som besvarat.');
    await area(page, 'ciso').locator('input[value="50to74"]').check();
    await expect.poll(() => navLink(page, 1).textContent()).toContain('Besvarat');
    await area(page, 'management').getByRole('radio', { name: 'Nej', exact: true }).check();
    await expect.poll(() => navLink(page, 2).textContent()).toContain('Besvarat');
    await saved(page);
    expect(await navLink(page, 3).textContent()).toContain('Inte besvarat');

    // Keyboard only: from the first area's link, Tab to the fifth's; Enter moves focus to that area and marks it current.
    await navLink(page, 1).focus();
    await tabUntil(page, navLink(page, 5));
    await page.keyboard.press('Enter');
    const fifth = ANSWERABLE_AREAS[4]!.key;
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(`${fifth}-title`);
    await expect.poll(() => currentLinks(page)).toEqual([`#area-${fifth}`]);
    // The next Tab goes on into that area's question.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe(`${fifth}-main`);

    // Scrolling moves the mark, and the navigation stays in view beside the areas.
    await page.evaluate(() => document.getElementById('area-awareness')?.scrollIntoView({ block: 'start' }));
    await expect.poll(() => currentLinks(page)).toEqual(['#area-awareness']);
    const box = await areaNav(page).boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(50);
    expect(box!.y + box!.height).toBeLessThanOrEqual(800);
    await expectNoAxeViolations(page);
  });

  test('on a phone the navigation is a disclosure at the top, and nothing scrolls sideways at 320 px', async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 700 } });
    await logIn(page, '0115');
    await expectNoSidewaysScroll(page, '/enkat');
    await page.getByRole('link', { name: /Öppna enkäten/ }).click();
    await page.getByTestId('area-ciso').waitFor();
    expect(await areaNav(page).getByRole('link').first().isVisible()).toBe(false);

    await areaNav(page).locator('summary').focus();
    await page.keyboard.press('Enter');
    await navLink(page, 7).waitFor({ state: 'visible' });
    await expectNoSidewaysScroll(page, 'the survey with the area navigation open');
    await expectNoAxeViolations(page);
    await navLink(page, 7).click();
    const seventh = ANSWERABLE_AREAS[6]!.key;
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(`${seventh}-title`);

    await area(page, 'risk').getByRole('radio', { name: 'Nej', exact: true }).check();
    await saved(page);
    await page.getByRole('link', { name: 'Granska och skicka in' }).click();
    await page.getByRole('heading', { level: 1, name: /Granska och skicka in/ }).waitFor();
    await expectNoSidewaysScroll(page, 'the review page');
    await expectNoAxeViolations(page);

    await page.goto(server.url('/'));
    await page.getByRole('heading', { level: 1, name: /Hej/ }).waitFor();
    await expectNoSidewaysScroll(page, 'the start page');
  });

  test('a submitted response reads as submitted: no autosave text, answers marked, the history named', async () => {
    const page = await browser.newPage();
    const first = await logIn(page, '0120', 'Rut Respondent');
    const second = await createUser(server.app, [{ role: 'respondent', organisationCode: '0120' }], { name: 'Kalle Kollega' });
    const organisationId = await organisationIdByCode(server.app, '0120');
    const url = responseUrl(OPEN_YEAR, organisationId);
    // Rut submits, Kalle reopens and submits again.
    const as = async (user: { email: string; password: string }) => ({ cookie: await login(server.app, user.email, user.password) });
    const rut = await as(first);
    const kalle = await as(second);
    const send = async (headers: { cookie: string }, method: 'GET' | 'PUT' | 'POST', path: string, payload?: object) => {
      const response = await server.app.inject({ method, url: path, headers, ...(payload && { payload }) });
      expect(response.statusCode, response.body).toBe(200);
      return response.json();
    };
    await send(rut, 'PUT', `${url}/areas/ciso`, { version: 0, main: 'yes', followup: '25to49', comment: null });
    await send(rut, 'POST', `${url}/submit`, { version: (await send(rut, 'GET', url)).version });
    await send(kalle, 'POST', `${url}/reopen`);
    await send(kalle, 'POST', `${url}/submit`, { version: (await send(kalle, 'GET', url)).version });

    await page.reload();
    const card = page.getByRole('listitem').filter({ hasText: `Enkät ${OPEN_YEAR}` });
    await card.getByText('Status: Inskickad').waitFor();
    expect(await card.getByText(/Fortsätt besvara/).count()).toBe(0);
    await card.getByRole('link', { name: /Visa svaren/ }).click();
    await page.getByTestId('area-ciso').waitFor();

    await page
      .getByTestId('read-only')
      .getByText(/Svaren är inskickade/)
      .waitFor();
    const history = page.getByTestId('history');
    await history.getByRole('heading', { name: 'Historik' }).waitFor();
    const items = await history.getByRole('listitem').allTextContents();
    expect(items).toHaveLength(3);
    expect(items[0]).toMatch(/^Skickades in .+ av Kalle Kollega\.$/);
    expect(items[1]).toMatch(/^Öppnades igen .+ av Kalle Kollega\.$/);
    expect(items[2]).toMatch(/^Skickades in .+ av Rut Respondent\.$/);
    expect(await page.getByText(/sparas automatiskt/).count()).toBe(0);
    expect(await page.getByTestId('save-status').count()).toBe(0);

    // The chosen answers say so in words and are drawn in full ink, not greyed out.
    const chosen = area(page, 'ciso').locator('label', { has: page.locator('input:checked') });
    expect(await chosen.count()).toBe(2);
    for (const label of await chosen.all()) expect(await label.textContent()).toContain('Valt');
    const radio = await area(page, 'ciso')
      .locator('input[value="25to49"]')
      .evaluate((input) => {
        const style = getComputedStyle(input);
        return { border: style.borderTopColor, opacity: style.opacity };
      });
    expect(radio).toEqual({ border: 'rgb(27, 31, 36)', opacity: '1' });
    await expectNoAxeViolations(page);

    // The receipt shows the same history.
    await page.getByRole('link', { name: 'Se kvittot och historiken' }).click();
    await page.getByRole('heading', { level: 1, name: 'Svaren är inskickade' }).waitFor();
    await page
      .getByTestId('history')
      .getByText(/Öppnades igen .+ av Kalle Kollega/)
      .waitFor();
    await expectNoSidewaysScroll(page, 'the receipt');
    await expectNoAxeViolations(page);
  });

  test('a round that has not opened yet says when it opens and offers only to read the questions', async () => {
    const page = await browser.newPage();
    await logIn(page, '0117');
    const card = page.getByRole('listitem').filter({ hasText: `Enkät ${FUTURE_YEAR}` });
    await card.getByText(/^Enkäten öppnar \d{1,2} \p{L}+ \d{4}.*Sista dag att svara: \d{1,2} \p{L}+ \d{4}/u).waitFor();
    const text = await card.textContent();
    expect(text).not.toMatch(/Stängde|stängde|Visa svaren|Fortsätt besvara|områden besvarade/);
    expect(await card.getByRole('link').allTextContents()).toEqual([expect.stringMatching(/^Läs frågorna/)]);
    await expectNoAxeViolations(page);

    await card.getByRole('link', { name: /Läs frågorna/ }).click();
    await page.getByTestId('area-ciso').waitFor();
    await page.getByText(/^Enkäten öppnar \d{1,2} \p{L}+ \d{4}.*Sista dag att svara/u).waitFor();
    await page.getByTestId('read-only').getByText('Enkäten har inte öppnat ännu. Du kan läsa frågorna redan nu').waitFor();
    expect(await page.getByRole('link', { name: 'Granska och skicka in' }).count()).toBe(0);
    expect(await page.getByText(/sparas automatiskt/).count()).toBe(0);
    expect(await area(page, 'ciso').getByRole('radio', { name: 'Ja', exact: true }).isDisabled()).toBe(true);
    await expectNoAxeViolations(page);
  });
});

/** Presses Tab until the locator's element has focus. */
async function tabUntil(page: Page, target: Locator) {
  for (let presses = 0; presses < 40; presses += 1) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error('Tab never reached the element');
}

/** WCAG 1.4.10: the page does not scroll sideways. */
async function expectNoSidewaysScroll(page: Page, what: string) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth, `${what} scrolls sideways at ${innerWidth} px`).toBeLessThanOrEqual(innerWidth);
}
