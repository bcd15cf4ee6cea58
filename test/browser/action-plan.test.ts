import { beforeAll, expect, test } from 'vitest';
import { createUser, organisationIdByCode } from '../support/auth';
import { closeRound, openRoundWithInvitations } from '../support/survey';
import { expectNoAxeViolations } from './support/axe';
import { describeBrowser, useBrowser } from './support/browser';
import { LOST_ANSWER_ERRORS, loseNextAnswer } from './support/lost-answers';
import { useBrowserTestServer } from './support/server';
import { logInByCookie } from './support/session';

const PLANNED = 2041;
const NEXT = 2042;

describeBrowser('action plan loop', () => {
  const server = useBrowserTestServer();
  const browser = useBrowser();
  let orgId: number;

  beforeAll(async () => {
    orgId = await organisationIdByCode(server.app, '0180');
    await openRoundWithInvitations(server.app, PLANNED, ['0180']);
    await server.app.db
      .insertInto('response')
      .values({
        round_id: (await server.app.db.selectFrom('round').select('id').where('year', '=', PLANNED).executeTakeFirstOrThrow()).id,
        organisation_id: orgId,
      })
      .execute();
    const response = await server.app.db.selectFrom('response').select('id').where('organisation_id', '=', orgId).executeTakeFirstOrThrow();
    await server.app.db.insertInto('answer').values({ response_id: response.id, area_key: 'risk', main: 'no' }).execute();
    await closeRound(server.app, PLANNED);
  });

  test('results → action from the guidance → next round marks it → results and print show it', async () => {
    const user = await createUser(server.app, [{ role: 'respondent', organisationCode: '0180' }]);
    const page = await browser.newPage();
    await logInByCookie(page, server, user);
    await page.goto(server.url('/resultat'));
    const plan = page.locator('#plan-area-risk').locator('..');
    await plan.getByRole('button', { name: /Planera åtgärd till nivå 2/ }).click();
    const title = plan.getByLabel('Vad ska göras');
    expect(await title.inputValue()).not.toBe('');
    await plan.getByLabel('Ansvarig (namn eller roll)').fill('CISO');
    await plan.getByRole('button', { name: 'Spara åtgärden' }).click();
    await page.getByText(/Åtgärden ”.*” är sparad/).waitFor();
    await plan.getByText('Ansvarig: CISO').waitFor();
    await expectNoAxeViolations(page);

    await openRoundWithInvitations(server.app, NEXT, ['0180']);
    await page.goto(server.url(`/enkat/${NEXT}/${orgId}`));
    const followUps = page.getByRole('group', { name: 'Förra årets åtgärder för området' });
    await followUps.waitFor();
    await followUps.getByLabel('Delvis').check();
    await followUps.getByLabel('Kommentar (valfri)').fill('Metoden finns');
    await followUps.getByRole('button', { name: /Spara uppföljning/ }).click();
    await followUps.getByText('Uppföljningen är sparad.').waitFor();
    await expectNoAxeViolations(page);

    await page.goto(server.url(`/resultat?ar=${PLANNED}`));
    const followUp = page.getByText(`Omgång ${NEXT}: genomförd – Delvis`);
    await followUp.waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await followUp.isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'Handlingsplan och uppföljning', level: 2 }).isVisible()).toBe(true);
    await page.close();
  });

  test('a save or removal whose answer was lost is taken as done, not as someone else’s change, and adds nothing twice', async () => {
    const user = await createUser(server.app, [{ role: 'respondent', organisationCode: '0180' }]);
    const page = await browser.newPage({ allowConsoleErrors: LOST_ANSWER_ERRORS });
    await logInByCookie(page, server, user);
    await page.goto(server.url(`/resultat?ar=${PLANNED}`));
    const plan = page.locator('#plan-area-risk').locator('..');
    const title = 'Ta fram en metod för riskanalys';
    const item = plan.getByRole('listitem').filter({ hasText: title });

    // A new action stored, its answer lost: saved once, not twice.
    await plan.getByRole('button', { name: /Planera åtgärd till nivå 2/ }).click();
    await plan.getByLabel('Vad ska göras').fill(title);
    await loseNextAnswer(page, 'POST', ACTION_LIST);
    await plan.getByRole('button', { name: 'Spara åtgärden' }).click();
    await page.getByText(`Åtgärden ”${title}” är sparad.`).waitFor();
    expect(await item.count()).toBe(1);

    // A change stored, its answer lost and the plan unreadable for a moment: sent again, it is refused as stale (the
    // version moved on with it), and taken as saved because the plan holds exactly it.
    await item.getByRole('button', { name: 'Ändra' }).click();
    await item.getByLabel('Ansvarig (namn eller roll)').fill('IT-chef');
    await loseNextAnswer(page, 'PUT', ONE_ACTION);
    const planReads = (url: URL) => ACTION_LIST.test(url.pathname);
    await page.route(planReads, (route) => route.abort('connectionreset'));
    await item.getByRole('button', { name: 'Spara åtgärden' }).click();
    await item.getByText('Det gick inte att nå servern.', { exact: false }).first().waitFor();
    await page.unroute(planReads);
    await item.getByRole('button', { name: 'Spara åtgärden' }).click();
    await item.getByText('Ansvarig: IT-chef').waitFor();
    expect(await item.getByRole('button', { name: 'Spara åtgärden' }).count()).toBe(0);
    expect(await page.getByText(`Åtgärden ”${title}” är sparad.`).count()).toBe(1);
    expect(await page.getByText(/Någon annan har ändrat åtgärden/).count()).toBe(0);

    // A removal stored, its answer lost.
    await loseNextAnswer(page, 'DELETE', ONE_ACTION);
    await item.getByRole('button', { name: 'Ta bort' }).click();
    await item.getByRole('button', { name: 'Ja, ta bort' }).click();
    await page.getByText(`Åtgärden ”${title}” är borttagen.`).waitFor();
    expect(await item.count()).toBe(0);
    await page.close();
  });
});

const ACTION_LIST = /^\/api\/organisations\/\d+\/actions$/;
const ONE_ACTION = /^\/api\/organisations\/\d+\/actions\/\d+$/;
