import { sql } from 'kysely';
import { beforeAll, expect, test } from 'vitest';
import { createUser, login, organisationIdByCode } from '../support/auth';
import { tokenMailedTo } from '../support/outbox';
import { answerAsRespondent } from '../support/round-admin';
import { ANSWERABLE_AREAS, openRoundWithInvitations } from '../support/survey';
import { expectNoAxeViolations } from './support/axe';
import { describeBrowser, useBrowser } from './support/browser';
import { useBrowserTestServer } from './support/server';
import { logInThroughForm } from './support/session';

/**
 * Auditors in the browser: a respondent invites one for a period on the
 * organisation page, the auditor accepts from the mailed link and reads the
 * results, the read shows in the access log, and once the period has ended
 * (its dates set in the past, not waited for) the auditor is refused.
 * Then the group page: a kommun with its company, side by side, at 320 px.
 */
const YEAR = 2073;
const STRONG = 'revisorn granskar varje höst 1862';

describeBrowser('auditors and the group page', () => {
  const server = useBrowserTestServer();
  const browser = useBrowser();
  let respondent: { email: string; password: string };
  let own: number;

  beforeAll(async () => {
    own = await organisationIdByCode(server.app, '0114');
    const roundId = await openRoundWithInvitations(server.app, YEAR, ['0114']);
    respondent = await createUser(server.app, [{ role: 'respondent', organisationCode: '0114' }], { name: 'Rut Respondent' });
    const cookie = await login(server.app, respondent.email, respondent.password);
    await answerAsRespondent(server.app, { cookie, year: YEAR, organisationId: own, areas: ANSWERABLE_AREAS.map((a) => a.key), submit: true });
    const { id: company } = await server.app.db
      .insertInto('organisation')
      .values({ code: '0114-AB', name: 'Väsbyhem AB', type: 'bolag' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await server.app.db.insertInto('organisation_membership').values({ member_id: company, group_id: own }).execute();
    await server.app.db.insertInto('round_invitation').values({ round_id: roundId, organisation_id: company }).execute();
  });

  test('an auditor is invited, accepts, reads, and is refused after the period', async () => {
    const email = `revisor-${Date.now()}@revision.example.se`;
    const page = await browser.newPage();
    await logInThroughForm(page, server.url('/logga-in'), respondent);
    await page.goto(server.url('/konto'));
    await page.getByRole('link', { name: 'Organisation: revisorer och åtkomstlogg' }).click();
    await page.getByRole('heading', { level: 1, name: 'Upplands Väsby' }).waitFor();
    await page.getByLabel('Revisorns e-postadress').fill(email);
    await page.getByRole('button', { name: 'Bjud in revisor' }).click();
    await page.getByText(`En inbjudan har skickats till ${email}`).waitFor();
    const grants = page.getByTestId('auditor-grants');
    await grants
      .getByRole('row', { name: new RegExp(email) })
      .getByText('Inbjuden, inte accepterat')
      .waitFor();
    await expectNoAxeViolations(page);

    // The auditor opens the mailed link, sees what the invitation gives, and chooses a password.
    const token = await tokenMailedTo(server.app, email, 'invitation');
    const auditor = await browser.newPage();
    await auditor.goto(server.url(`/inbjudan?token=${encodeURIComponent(token)}`));
    await auditor.getByText('Du bjuds in som revisor').waitFor();
    await auditor.getByLabel('Namn', { exact: true }).fill('Rita Revisor');
    await auditor.getByLabel('Nytt lösenord', { exact: true }).fill(STRONG);
    await auditor.getByLabel('Upprepa lösenordet', { exact: true }).fill(STRONG);
    await auditor.getByRole('button', { name: 'Aktivera kontot' }).click();
    await auditor.getByRole('link', { name: 'Logga in' }).first().waitFor();

    await logInThroughForm(auditor, server.url('/logga-in'), { email, password: STRONG });
    const navigation = auditor.getByRole('navigation', { name: 'Huvudmeny' });
    await navigation.getByRole('link', { name: 'Resultat' }).click();
    await auditor.getByRole('heading', { level: 1, name: /Upplands Väsby/ }).waitFor();
    expect(await navigation.getByRole('link', { name: 'Enkät' }).count()).toBe(0);

    // The read is in the organisation's access log.
    await page.reload();
    await page
      .getByTestId('access-log')
      .getByRole('row', { name: /Rita Revisor.*Läste resultaten/ })
      .first()
      .waitFor();
    await grants
      .getByRole('row', { name: new RegExp(email) })
      .getByText('Aktiv')
      .waitFor();

    // The period ends (yesterday): at the next request the auditor reads nothing more.
    const yesterday = new Date(Date.now() - 24 * 60 * 60 * 1000).toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });
    await server.app.db
      .updateTable('auditor_grant')
      .set({ starts_on: sql`${yesterday}::date - 30`, ends_on: sql`${yesterday}::date` })
      .where('user_id', '=', (await server.app.db.selectFrom('app_user').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id)
      .execute();
    await auditor.goto(server.url('/resultat'));
    await auditor.getByRole('heading', { level: 1, name: 'Du har inte behörighet' }).waitFor();
    const refused = await server.app.inject({
      method: 'GET',
      url: `/api/organisations/${own}/results`,
      headers: { cookie: await login(server.app, email, STRONG) },
    });
    expect(refused.statusCode).toBe(403);
    await page.reload();
    await grants
      .getByRole('row', { name: new RegExp(email) })
      .getByText('Avslutad')
      .waitFor();
  });

  test('the group page shows the kommun and its company side by side, and reflows at 320 px', async () => {
    const page = await browser.newPage();
    await page.setViewportSize({ width: 320, height: 800 });
    await logInThroughForm(page, server.url('/logga-in'), respondent);
    await page.goto(server.url('/organisation'));
    await page.getByRole('link', { name: /med bolag och förbund sida vid sida/ }).click();
    const table = page.getByTestId('group-table');
    await table.waitFor();
    await expect.poll(() => table.getByRole('row').count()).toBe(3);
    await table.getByRole('rowheader', { name: 'Upplands Väsby (kommunen)' }).waitFor();
    await table.getByRole('link', { name: 'Resultat för Väsbyhem AB' }).waitFor();
    const overflow = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
    expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.innerWidth + 1);
    await expectNoAxeViolations(page);

    // Read-only: the company's results open, its survey is not offered.
    await table.getByRole('link', { name: 'Resultat för Väsbyhem AB' }).click();
    await page.getByRole('heading', { level: 1, name: /Väsbyhem AB|Resultat/ }).waitFor();
  });
});
