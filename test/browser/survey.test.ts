import type { Page } from 'playwright-core';
import { beforeAll, expect, test } from 'vitest';
import { createUser, login, organisationIdByCode } from '../support/auth';
import { ANSWERABLE_AREAS, closeRound, openRoundWithInvitations, responseUrl } from '../support/survey';
import { expectNoAxeViolations } from './support/axe';
import { describeBrowser, useBrowser } from './support/browser';
import { useBrowserTestServer } from './support/server';
import { LOST_ANSWER_ERRORS, loseNextAnswer } from './support/lost-answers';
import { logInByCookie } from './support/session';

const YEAR = 2040;

describeBrowser('answering the survey', () => {
  const server = useBrowserTestServer();
  const browser = useBrowser();

  beforeAll(async () => {
    await openRoundWithInvitations(server.app, YEAR, ['0114', '0115', '0117', '0120', '0125']);
  });

  async function logIn(page: Page, organisationCode: string) {
    const user = await createUser(server.app, [{ role: 'respondent', organisationCode }], { name: 'Rut Respondent' });
    // The login form is tested in session.test.ts: here the session comes as a cookie.
    await logInByCookie(page, server, user);
    await page.goto(server.url('/enkat'));
    await page.getByRole('heading', { level: 1, name: 'Enkät' }).waitFor();
    return user;
  }

  const area = (page: Page, key: string) => page.getByTestId(`area-${key}`);
  const saveStatus = (page: Page) => page.getByTestId('save-status').getAttribute('data-status');
  const saved = (page: Page) => expect.poll(() => saveStatus(page)).toBe('saved');

  test('a respondent answers all ten areas, finds them saved after a reload, and submits', async () => {
    const page = await browser.newPage();
    await logIn(page, '0114');
    await page.getByText('Inte påbörjad').first().waitFor();
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: /Öppna enkäten/ }).click();
    await page.getByRole('heading', { level: 1, name: /Enkät 2040/ }).waitFor();
    await page.getByText('0 av 10 områden besvarade').waitFor();
    await page
      .getByText(/Etablerat arbetssätt: Utarbetade och beslutade arbetssätt/)
      .first()
      .waitFor();
    await expectNoAxeViolations(page);

    for (const { key, option } of ANSWERABLE_AREAS) {
      await area(page, key).getByRole('radio', { name: 'Ja', exact: true }).check();
      await area(page, key).locator(`input[value="${option}"]`).check();
    }
    // Switching to "no" hides the follow-up and removes its answer.
    await area(page, 'continuity').getByRole('radio', { name: 'Nej', exact: true }).check();
    expect(await area(page, 'continuity').locator('input[value="partial"]').count()).toBe(0);
    await area(page, 'risk').getByLabel('Kommentar (frivillig)').fill('Riskanalyser görs årligen.');
    await page.getByText('10 av 10 områden besvarade').waitFor();
    await saved(page);
    // The level preview is computed in the browser from the round's rule.
    await area(page, 'risk').getByText('Mognadsnivå: Nivå 4').waitFor();
    await area(page, 'management')
      .getByText(/Till nivå 3:/)
      .waitFor();
    await expectNoAxeViolations(page);

    await page.reload();
    await page.getByText('10 av 10 områden besvarade').waitFor();
    expect(await area(page, 'risk').locator('input[value="improving"]').isChecked()).toBe(true);
    expect(await area(page, 'continuity').getByRole('radio', { name: 'Nej', exact: true }).isChecked()).toBe(true);
    expect(await area(page, 'risk').getByLabel('Kommentar (frivillig)').inputValue()).toBe('Riskanalyser görs årligen.');

    await page.getByRole('link', { name: 'Granska och skicka in' }).click();
    await page.getByRole('heading', { level: 1, name: /Granska och skicka in/ }).waitFor();
    await page.getByText('Alla frågor är besvarade.').waitFor();
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Skicka in svaren' }).click();
    await page.getByRole('heading', { level: 1, name: 'Svaren är inskickade' }).waitFor();
    await page.getByText(/av Rut Respondent/).waitFor();
    await expectNoAxeViolations(page);

    const organisationId = await organisationIdByCode(server.app, '0114');
    const submissions = await server.app.db
      .selectFrom('response_submission')
      .innerJoin('response', 'response.id', 'response_submission.response_id')
      .select('response.organisation_id')
      .execute();
    expect(submissions).toEqual([{ organisation_id: organisationId }]);

    await page.getByRole('link', { name: 'Tillbaka till enkätomgångarna' }).click();
    await page.getByRole('listitem').filter({ hasText: 'Enkät 2040' }).getByText('Status: Inskickad').waitFor();
  });

  test('keyboard only: Tab, Space and arrow keys carry a respondent through the whole survey', async () => {
    const page = await browser.newPage();
    await logIn(page, '0115');
    await tabTo(page, (el) => el.tagName === 'A' && el.textContent.includes('Öppna enkäten'));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: /Enkät 2040/ }).waitFor();

    for (const { key } of ANSWERABLE_AREAS) {
      // Tab into the area's yes/no group, Space chooses "Ja".
      await tabTo(page, (el, areaKey) => (el as HTMLInputElement).name === `${areaKey}-main`, key);
      await page.keyboard.press('Space');
      // Tab into the follow-up group; the arrow key moves to and chooses the second option.
      await tabTo(page, (el, areaKey) => (el as HTMLInputElement).name === `${areaKey}-followup`, key);
      await page.keyboard.press('ArrowDown');
      expect(await hasVisibleFocus(page)).toBe(true);
    }
    await page.getByText('10 av 10 områden besvarade').waitFor();
    await saved(page);

    await tabTo(page, (el) => el.tagName === 'A' && el.textContent === 'Granska och skicka in');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: /Granska och skicka in/ }).waitFor();
    await tabTo(page, (el) => el.tagName === 'BUTTON' && el.textContent === 'Skicka in svaren');
    await page.keyboard.press('Space');
    await page.getByRole('heading', { level: 1, name: 'Svaren är inskickade' }).waitFor();
  });

  test('edits that fail to save are kept through a reload and saved when the network is back', async () => {
    const page = await browser.newPage({ allowConsoleErrors: [/ERR_INTERNET_DISCONNECTED/] });
    await logIn(page, '0117');
    await page.getByRole('link', { name: /Öppna enkäten/ }).click();
    await area(page, 'ciso').waitFor();

    const saves = '**/response/areas/**';
    await page.route(saves, (route) => route.abort('internetdisconnected'));
    await area(page, 'ciso').getByRole('radio', { name: 'Nej', exact: true }).check();
    await expect.poll(() => saveStatus(page)).toBe('retrying');
    await page.getByText('Det gick inte att spara. Dina ändringar finns kvar här').waitFor();

    await page.reload();
    await area(page, 'ciso').waitFor();
    expect(await area(page, 'ciso').getByRole('radio', { name: 'Nej', exact: true }).isChecked()).toBe(true);
    await expect.poll(() => saveStatus(page)).toBe('retrying');

    await page.unroute(saves);
    await saved(page);
    const organisationId = await organisationIdByCode(server.app, '0117');
    const answer = await server.app.db
      .selectFrom('answer')
      .innerJoin('response', 'response.id', 'answer.response_id')
      .select(['answer.main'])
      .where('response.organisation_id', '=', organisationId)
      .where('answer.area_key', '=', 'ciso')
      .executeTakeFirst();
    expect(answer).toEqual({ main: 'no' });
  });

  test('a save by a colleague to the same area is shown, and the person may keep theirs', async () => {
    const page = await browser.newPage();
    await logIn(page, '0120');
    await page.getByRole('link', { name: /Öppna enkäten/ }).click();
    await area(page, 'risk').waitFor();

    // A colleague saves two areas after the page was loaded.
    const organisationId = await organisationIdByCode(server.app, '0120');
    const colleague = await createUser(server.app, [{ role: 'respondent', organisationCode: '0120' }], { name: 'Kalle Kollega' });
    const cookie = await login(server.app, colleague.email, colleague.password);
    const colleagueSave = async (areaKey: string, version: number, followup: string) => {
      const url = `${responseUrl(YEAR, organisationId)}/areas/${areaKey}`;
      const response = await server.app.inject({
        method: 'PUT',
        url,
        headers: { cookie },
        payload: { version, main: 'yes', followup, comment: null },
      });
      expect(response.statusCode).toBe(200);
    };
    await colleagueSave('risk', 0, 'full');
    await colleagueSave('incidents', 1, 'partial');

    // The page's first save, to the area the colleague changed, asks which answer should stand.
    await area(page, 'risk').getByRole('radio', { name: 'Nej', exact: true }).check();
    const conflict = page.getByTestId('conflict-risk');
    await conflict.getByText('Deras svar (Kalle Kollega):').waitFor();
    await conflict.getByText('Ja – Infört i hela organisationen').waitFor();
    await page.getByText('Någon annan har ändrat 1 svar samtidigt som du.', { exact: false }).waitFor();
    // A save to an area nobody else changed goes through on the new version without asking.
    await area(page, 'ciso').getByRole('radio', { name: 'Nej', exact: true }).check();
    const savedMain = async (areaKey: string) => {
      const row = await server.app.db
        .selectFrom('answer')
        .innerJoin('response', 'response.id', 'answer.response_id')
        .select('answer.main')
        .where('response.organisation_id', '=', organisationId)
        .where('answer.area_key', '=', areaKey)
        .executeTakeFirst();
      return row?.main ?? null;
    };
    await expect.poll(() => savedMain('ciso')).toBe('no');
    expect(await savedMain('risk')).toBe('yes');
    // The colleague's other change has been fetched and is shown.
    expect(await area(page, 'incidents').locator('input[value="partial"]').isChecked()).toBe(true);
    await expectNoAxeViolations(page);

    await conflict.getByRole('button', { name: 'Behåll mitt svar' }).click();
    await saved(page);
    expect(await conflict.count()).toBe(0);
    const answers = await server.app.db
      .selectFrom('answer')
      .innerJoin('response', 'response.id', 'answer.response_id')
      .select(['answer.area_key', 'answer.main', 'answer.followup'])
      .where('response.organisation_id', '=', organisationId)
      .orderBy('answer.area_key')
      .execute();
    expect(answers).toEqual([
      { area_key: 'ciso', main: 'no', followup: null },
      { area_key: 'incidents', main: 'yes', followup: 'partial' },
      { area_key: 'risk', main: 'no', followup: null },
    ]);
  });

  test('fits a 375 px wide phone and 200% zoom without sideways scrolling', async () => {
    // One page load: the window is resized to the zoomed width, as zooming does (the survey follows resizes: useCurrentArea's matchMedia listener).
    const viewports = [
      { width: 375, height: 800 },
      { width: 640, height: 400 },
    ];
    const page = await browser.newPage({ viewport: viewports[0] });
    await logIn(page, '0125');
    await page.getByRole('link', { name: /Öppna enkäten|Fortsätt besvara/ }).click();
    await area(page, 'ciso').getByRole('radio', { name: 'Ja', exact: true }).check();
    await area(page, 'ciso').locator('input[value="25to49"]').waitFor();
    for (const viewport of viewports) {
      await page.setViewportSize(viewport);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `horizontal overflow at ${viewport.width}px`).toBeLessThanOrEqual(0);
    }
  });

  test('a submission whose answer was lost shows the receipt, not a stale-answers refusal, when sent again; so does a reopening', async () => {
    const organisationId = await organisationIdByCode(server.app, '0128');
    const roundId = (await server.app.db.selectFrom('round').select('id').where('year', '=', YEAR).executeTakeFirstOrThrow()).id;
    await server.app.db.insertInto('round_invitation').values({ round_id: roundId, organisation_id: organisationId }).execute();
    const page = await browser.newPage({ allowConsoleErrors: LOST_ANSWER_ERRORS });
    const user = await logIn(page, '0128');
    const cookie = await login(server.app, user.email, user.password);
    const url = `${responseUrl(YEAR, organisationId)}/areas/risk`;
    await server.app.inject({ method: 'PUT', url, headers: { cookie }, payload: { version: 0, main: 'no', followup: null, comment: null } });

    await page.goto(server.url(`/enkat/${YEAR}/${organisationId}/granska`));
    await loseNextAnswer(page, 'POST', /\/response\/submit$/);
    // The response cannot be read back either at first: the page says it could not reach the server.
    const responseReads = (address: URL) => address.pathname.endsWith('/response');
    await page.route(responseReads, (route) => (route.request().method() === 'GET' ? route.abort('connectionreset') : route.fallback()));
    await page.getByRole('button', { name: 'Skicka in svaren' }).click();
    await page.getByText('Det gick inte att nå servern.', { exact: false }).first().waitFor();
    await page.unroute(responseReads);

    // Sent again, the submission is refused (the response moved on with it); the response as stored says it is submitted.
    await page.getByRole('button', { name: 'Skicka in svaren' }).click();
    await page.getByRole('heading', { level: 1, name: 'Svaren är inskickade' }).waitFor();
    expect(await page.getByText(/Någon annan har ändrat svaren/).count()).toBe(0);
    const submissions = await server.app.db
      .selectFrom('response_submission')
      .innerJoin('response', 'response.id', 'response_submission.response_id')
      .select('response_submission.id')
      .where('response.organisation_id', '=', organisationId)
      .execute();
    expect(submissions).toHaveLength(1);

    // Reopened, its answer lost: the page reads the response and shows it open again.
    await loseNextAnswer(page, 'POST', /\/response\/reopen$/);
    await page.getByRole('button', { name: 'Öppna svaren igen' }).click();
    await page.getByRole('heading', { level: 1, name: /Granska och skicka in/ }).waitFor();
  });

  test("starts from last year's answers, and shows a closed round read-only", async () => {
    const lastYear = YEAR - 1;
    await openRoundWithInvitations(server.app, lastYear, ['0127']);
    const organisationId = await organisationIdByCode(server.app, '0127');
    const roundId = (await server.app.db.selectFrom('round').select('id').where('year', '=', YEAR).executeTakeFirstOrThrow()).id;
    await server.app.db.insertInto('round_invitation').values({ round_id: roundId, organisation_id: organisationId }).execute();
    const earlier = await createUser(server.app, [{ role: 'respondent', organisationCode: '0127' }]);
    const cookie = await login(server.app, earlier.email, earlier.password);
    let version = 0;
    for (const [areaKey, followup] of [
      ['risk', 'partial'],
      ['awareness', 'full'],
    ] as const) {
      const url = `${responseUrl(lastYear, organisationId)}/areas/${areaKey}`;
      version = (
        await server.app.inject({ method: 'PUT', url, headers: { cookie }, payload: { version, main: 'yes', followup, comment: null } })
      ).json().version;
    }
    await closeRound(server.app, lastYear);

    const page = await browser.newPage();
    await logIn(page, '0127');
    await page.getByRole('link', { name: /Öppna enkäten/ }).click();
    await page.getByRole('button', { name: 'Börja från förra årets svar' }).click();
    await page.getByText('2 svar hämtades från 2039.', { exact: false }).waitFor();
    expect(await area(page, 'risk').locator('input[value="partial"]').isChecked()).toBe(true);
    await area(page, 'risk').getByText('Svaret är hämtat från förra årets enkät.', { exact: false }).waitFor();
    await expectNoAxeViolations(page);
    await area(page, 'risk').getByRole('button', { name: 'Bekräfta svaret' }).click();
    await saved(page);
    expect(await area(page, 'risk').getByText('Svaret är hämtat från förra årets enkät.', { exact: false }).count()).toBe(0);
    expect(await area(page, 'awareness').getByRole('button', { name: 'Bekräfta svaret' }).count()).toBe(1);

    await page.goto(server.url(`/enkat/${lastYear}/${organisationId}`));
    await page.getByTestId('read-only').getByText('Enkäten är stängd.', { exact: false }).waitFor();
    expect(await area(page, 'risk').getByRole('radio', { name: 'Ja', exact: true }).isDisabled()).toBe(true);
    await expectNoAxeViolations(page);
  });
});

type FocusTest = (element: Element, argument: string) => boolean;

/** Presses Tab until the focused element passes the test (fails after 60 presses). */
async function tabTo(page: Page, test: FocusTest, argument = ''): Promise<void> {
  const source = `(argument) => { const el = document.activeElement; return !!el && (${test.toString()})(el, argument); }`;
  for (let presses = 0; presses < 60; presses += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(`(${source})(${JSON.stringify(argument)})`)) return;
  }
  throw new Error(`Tab never reached the element (${test.toString()}).`);
}

/** The focused element shows a focus indicator (outline or ring), as :focus-visible draws it. */
async function hasVisibleFocus(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || !element.matches(':focus-visible')) return false;
    const style = getComputedStyle(element);
    return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
  });
}
