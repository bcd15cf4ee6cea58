import type { Page, Route } from 'playwright-core';
import { beforeAll, expect, test } from 'vitest';
import { createUser, organisationIdByCode } from '../support/auth';
import { openRoundWithInvitations } from '../support/survey';
import { describeBrowser, useBrowser } from './support/browser';
import { useBrowserTestServer } from './support/server';
import { logInByCookie } from './support/session';

const YEAR = 2041;
const A_EDIT = 'Annas osparade ändring';

describeBrowser('the survey after logout or a change of person', () => {
  const server = useBrowserTestServer();
  const browser = useBrowser();

  beforeAll(async () => {
    await openRoundWithInvitations(server.app, YEAR, ['0120', '0125']);
  });

  /** Every save the page sends, with the session it carried; while `failing`, saves fail as if offline. */
  async function watchSaves(page: Page) {
    const saves: { cookie: string; body: string }[] = [];
    const control = { failing: true, saves };
    await page.context().route('**/response/areas/**', async (route: Route) => {
      const request = route.request();
      saves.push({ cookie: (await request.allHeaders()).cookie ?? '', body: request.postData() ?? '' });
      if (control.failing) await route.abort('internetdisconnected');
      else await route.continue();
    });
    return control;
  }

  /** A's session, as a cookie: how A logged in is not the subject here (B's login through the form is). */
  async function openSurveyAs(page: Page, user: { email: string; password: string }) {
    await logInByCookie(page, server, user);
    await page.goto(server.url('/enkat'));
    await page.getByRole('heading', { level: 1, name: 'Enkät' }).waitFor();
  }

  async function logIn(page: Page, user: { email: string; password: string }) {
    await page.goto(server.url('/logga-in?nasta=/enkat'));
    await page.getByLabel('E-postadress').fill(user.email);
    await page.getByLabel('Lösenord', { exact: true }).fill(user.password);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Enkät' }).waitFor();
    const cookies = await page.context().cookies();
    return `mognad_session=${cookies.find((c) => c.name === 'mognad_session')!.value}`;
  }

  const area = (page: Page, key: string) => page.getByTestId(`area-${key}`);
  const saveStatus = (page: Page) => page.getByTestId('save-status').getAttribute('data-status');
  const surveyKeys = (page: Page) => page.evaluate(() => Object.keys(window.localStorage).filter((k) => k.startsWith('mognad.survey.')));

  async function editThatCannotBeSaved(page: Page) {
    await page.getByRole('link', { name: /Öppna enkäten/ }).click();
    await area(page, 'ciso').waitFor();
    await area(page, 'ciso').getByRole('radio', { name: 'Nej', exact: true }).check();
    await area(page, 'ciso').getByLabel('Kommentar (frivillig)').fill(A_EDIT);
    await expect.poll(() => saveStatus(page)).toBe('retrying');
  }

  async function storedComment(organisationCode: string) {
    const organisationId = await organisationIdByCode(server.app, organisationCode);
    const row = await server.app.db
      .selectFrom('answer')
      .innerJoin('response', 'response.id', 'answer.response_id')
      .select('answer.comment')
      .where('response.organisation_id', '=', organisationId)
      .where('answer.area_key', '=', 'ciso')
      .executeTakeFirst();
    return row?.comment ?? null;
  }

  test("logging out stops A's retries and removes A's drafts; B's session never carries A's edit", async () => {
    const a = await createUser(server.app, [{ role: 'respondent', organisationCode: '0120' }], { name: 'Anna A' });
    const b = await createUser(server.app, [{ role: 'respondent', organisationCode: '0120' }], { name: 'Bo B' });
    const page = await browser.newPage({ allowConsoleErrors: [/ERR_INTERNET_DISCONNECTED/] });
    await page.clock.install();
    const saves = await watchSaves(page);

    await openSurveyAs(page, a);
    await editThatCannotBeSaved(page);
    expect(await surveyKeys(page)).toEqual([`mognad.survey.${a.id}.${YEAR}.${await organisationIdByCode(server.app, '0120')}`]);

    await page.getByRole('button', { name: 'Logga ut' }).click();
    await page.getByRole('link', { name: 'Logga in' }).first().waitFor();
    expect(await surveyKeys(page)).toEqual([]);
    saves.failing = false;

    const bSession = await logIn(page, b);
    await page.getByRole('link', { name: /Öppna enkäten/ }).click();
    await area(page, 'ciso').waitFor();
    expect(await area(page, 'ciso').getByLabel('Kommentar (frivillig)').inputValue()).toBe('');
    // Every retry A's store could have scheduled (at most 30 s apart) would have fired by now.
    await page.clock.runFor(120_000);
    await area(page, 'risk').getByRole('radio', { name: 'Nej', exact: true }).check();
    await expect.poll(() => saveStatus(page)).toBe('saved');

    const withB = saves.saves.filter((s) => s.cookie.includes(bSession));
    expect(withB.length).toBeGreaterThan(0);
    expect(withB.filter((s) => s.body.includes(A_EDIT))).toEqual([]);
    expect(await storedComment('0120')).toBeNull();
    expect((await surveyKeys(page)).every((key) => !key.startsWith(`mognad.survey.${a.id}.`))).toBe(true);
  });

  test("another tab logging in as someone else stops this tab's retries and removes A's drafts", async () => {
    const a = await createUser(server.app, [{ role: 'respondent', organisationCode: '0125' }], { name: 'Anna A' });
    const b = await createUser(server.app, [{ role: 'respondent', organisationCode: '0125' }], { name: 'Bo B' });
    const first = await browser.newPage({ allowConsoleErrors: [/ERR_INTERNET_DISCONNECTED/] });
    await first.clock.install();
    const saves = await watchSaves(first);
    await openSurveyAs(first, a);
    await editThatCannotBeSaved(first);

    const second = await first.context().newPage();
    await second.goto(server.url('/'));
    await second.getByRole('button', { name: 'Logga ut' }).click();
    await second.getByRole('heading', { level: 1, name: 'Självskattning av informationssäkerhetsarbetet' }).waitFor();
    saves.failing = false;
    const bSession = await logIn(second, b);

    await first.clock.runFor(120_000);
    expect(await surveyKeys(first)).toEqual([]);
    expect(saves.saves.filter((s) => s.cookie.includes(bSession))).toEqual([]);
    expect(await storedComment('0125')).toBeNull();
  });
});
