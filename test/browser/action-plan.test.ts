import { beforeAll, expect, test } from 'vitest';
import { createUser, organisationIdByCode } from '../support/auth';
import { closeRound, openRoundWithInvitations } from '../support/survey';
import { expectNoAxeViolations } from './support/axe';
import { describeBrowser, useBrowser } from './support/browser';
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
});
