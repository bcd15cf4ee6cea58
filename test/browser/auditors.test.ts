import { sql } from 'kysely';
import { SYSTEM_ACTOR } from '#server/audit/actor';
import { createRound } from '#server/rounds/service';
import { beforeAll, expect, test } from 'vitest';
import { createUser, login, organisationIdByCode } from '../support/auth';
import { tokenMailedTo } from '../support/outbox';
import { answerAsRespondent } from '../support/round-admin';
import { ANSWERABLE_AREAS, openRoundWithInvitations } from '../support/survey';
import { expectNoAxeViolations } from './support/axe';
import { describeBrowser, useBrowser } from './support/browser';
import { useBrowserTestServer } from './support/server';
import { logInByCookie, logInThroughForm } from './support/session';

/**
 * Auditors in the browser: a respondent invites one for a period on the
 * organisation page, the auditor accepts from the mailed link and reads the
 * results, the read shows in the access log, and once the period has ended
 * (its dates set in the past, not waited for) the auditor is refused.
 * Then the group page: a kommun with its company, side by side, with their
 * action plans' progress, at 320 px; a member's plan opens from it.
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
    // The company's plan: two actions from the round before, followed up in YEAR (ja, delvis); one of them overdue.
    // The round before (a draft is enough: the follow-up counts years, as the survey does).
    await createRound(
      server.app.db,
      { year: YEAR - 1, opensAt: new Date(Date.UTC(YEAR - 1, 2, 1)), closesAt: new Date(Date.UTC(YEAR - 1, 4, 1)) },
      SYSTEM_ACTOR,
    );
    const action = async (status: 'in_progress' | 'done', dueOn: string, outcome: 'yes' | 'partly') => {
      const { id } = await server.app.db
        .insertInto('improvement_action')
        .values({
          organisation_id: company,
          area_key: 'risk',
          planned_in_year: YEAR - 1,
          title: `Väsbyhems åtgärd (${status})`,
          status,
          due_on: dueOn,
          origin: 'own',
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await server.app.db.insertInto('improvement_action_follow_up').values({ action_id: id, round_year: YEAR, outcome }).execute();
    };
    await action('in_progress', '2025-11-03', 'partly');
    await action('done', '2025-10-01', 'yes');
  });

  test('an auditor is invited, accepts, reads, and is refused after the period', async () => {
    const email = `revisor-${Date.now()}@revision.example.se`;
    const page = await browser.newPage();
    await logInByCookie(page, server, respondent);
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
    // The register and the plan open for the auditor too, read-only.
    await auditor.getByRole('link', { name: 'Revisionens rekommendationer och deras uppföljning' }).click();
    await auditor.getByRole('heading', { level: 1, name: 'Revisionens rekommendationer – Upplands Väsby' }).waitFor();
    await auditor.getByText('Du kan läsa registret.', { exact: false }).waitFor();
    await auditor.goto(server.url(`/handlingsplan?organisation=${own}`));
    await auditor.getByRole('heading', { level: 1, name: 'Handlingsplan för Upplands Väsby' }).waitFor();
    await auditor.getByText('Du kan läsa handlingsplanen.', { exact: false }).waitFor();

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
    await logInByCookie(page, server, respondent);
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

    // Next to the levels, each plan's progress: by status, overdue (the oldest due date), the last round's follow-up.
    const plans = page.getByTestId('group-plan-table');
    const companyPlan = plans.locator('tr', { has: page.getByRole('rowheader', { name: 'Väsbyhem AB', exact: true }) });
    expect(await companyPlan.getByRole('cell').allInnerTexts()).toEqual([
      '0',
      '1',
      '1',
      '0',
      expect.stringMatching(/^1\s+äldsta förföll 3 november 2025$/),
      String(YEAR),
      '2',
      // A Swedish per cent: a no-break space before the sign.
      '1 (50\u00a0%)',
      '1 (50\u00a0%)',
      '0 (0\u00a0%)',
      'Handlingsplan',
    ]);
    const ownPlan = plans.locator('tr', { has: page.getByRole('rowheader', { name: 'Upplands Väsby (kommunen)' }) });
    expect(await ownPlan.getByRole('cell').allInnerTexts()).toEqual(['0', '0', '0', '0', '0', String(YEAR), '0', '0', '0', '0', 'Handlingsplan']);
    const overflowWithPlans = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflowWithPlans).toBeLessThanOrEqual(1);

    // Read-only: the company's plan opens on its plan page, with its actions and no way to change them.
    await plans.getByRole('link', { name: 'Handlingsplan för Väsbyhem AB' }).click();
    await page.getByRole('heading', { level: 1, name: 'Handlingsplan för Väsbyhem AB' }).waitFor();
    const planSection = page.getByRole('region', { name: 'Handlingsplan och uppföljning' });
    await planSection.getByText('Väsbyhems åtgärd (in_progress)').waitFor();
    expect(await planSection.getByRole('button', { name: /Planera åtgärd|Egen åtgärd/ }).count()).toBe(0);
  });
});
