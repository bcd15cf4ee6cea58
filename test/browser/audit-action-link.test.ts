import type { Page } from 'playwright-core';
import { beforeAll, expect, test } from 'vitest';
import { createUser, organisationIdByCode } from '../support/auth';
import { insertPlanAction } from '../support/plan';
import { closeRound, openRoundWithInvitations } from '../support/survey';
import { expectNoAxeViolations } from './support/axe';
import { describeBrowser, useBrowser } from './support/browser';
import { isFocused } from './support/focus';
import { useBrowserTestServer } from './support/server';
import { logInByCookie } from './support/session';

// A recommendation of the register linked to an action of the plan (decision 0020):
// linked from the register, the action set to klar in the plan, the plan asks in the
// page whether the recommendation is met, and "Ja" becomes the year's follow-up.

const PLANNED = 2041;
const AUDIT = 'Granskning av informationssäkerhet 2025';
const RECOMMENDATION = 'Genomför riskanalyser för verksamhetskritisk information.';
const ACTION = 'Riskanalys för socialtjänsten';

/** WCAG 1.4.10: at 320 CSS px the page does not scroll sideways (test/browser/reflow.test.ts checks whole pages so). */
async function expectReflowAt320(page: Page) {
  const viewport = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 800 });
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  if (viewport) await page.setViewportSize(viewport);
}

describeBrowser('linking audit recommendations to plan actions', () => {
  const server = useBrowserTestServer();
  const browser = useBrowser();
  let orgId: number;

  beforeAll(async () => {
    const db = server.app.db;
    orgId = await organisationIdByCode(server.app, '0182');
    // A closed round with an answer, so the organisation has results to plan from.
    await openRoundWithInvitations(server.app, PLANNED, ['0182']);
    const round = await db.selectFrom('round').select('id').where('year', '=', PLANNED).executeTakeFirstOrThrow();
    const response = await db.insertInto('response').values({ round_id: round.id, organisation_id: orgId }).returning('id').executeTakeFirstOrThrow();
    await db.insertInto('answer').values({ response_id: response.id, area_key: 'risk', main: 'no' }).execute();
    await closeRound(server.app, PLANNED);
    const audit = await db
      .insertInto('external_audit')
      .values({ organisation_id: orgId, title: AUDIT, auditor_firm: 'KPMG', audited_on: '2025-04-10' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('audit_recommendation')
      .values({ audit_id: audit.id, text: RECOMMENDATION, area_keys: ['risk'], priority: 'high' })
      .execute();
  });

  test('a respondent links an action from the register, sets it klar in the plan, answers ”ja” and the register shows the follow-up', async () => {
    const respondent = await createUser(server.app, [{ role: 'respondent', organisationCode: '0182' }], { name: 'Rut Revision' });
    await insertPlanAction(server.app.db, {
      organisationId: orgId,
      plannedInYear: PLANNED,
      title: ACTION,
      responsible: 'CISO',
      status: 'in_progress',
      createdBy: respondent.id,
    });
    const page = await browser.newPage();
    await logInByCookie(page, server, respondent);

    // The register: no action linked yet; "Koppla åtgärd" lists the plan's actions as checkboxes.
    await page.goto(server.url(`/revision/${orgId}`));
    const audit = page.getByRole('region', { name: AUDIT });
    await audit.getByText('Ingen åtgärd i handlingsplanen är kopplad till rekommendationen.').waitFor();
    await audit.getByRole('button', { name: 'Koppla åtgärd – Rekommendation 1' }).click();
    const linking = audit.getByRole('group', { name: 'Koppla åtgärder till rekommendation 1' });
    await linking.getByRole('checkbox', { name: `${ACTION} (Hantering av informationssäkerhetsrisker, Pågår)` }).check();
    await expectNoAxeViolations(page);
    await expectReflowAt320(page);
    await linking.getByRole('button', { name: 'Spara kopplingarna' }).click();
    await expect.poll(() => page.locator('#register-status').textContent()).toContain('Kopplingarna för rekommendation 1 är sparade.');
    const linked = audit.getByRole('list', { name: 'Åtgärder i handlingsplanen' });
    await linked.getByRole('link', { name: ACTION }).waitFor();
    await expect.poll(() => linked.textContent()).toContain('Pågår');
    // The panel closed and gave focus back to its button.
    await expect.poll(() => isFocused(audit.getByRole('button', { name: 'Koppla åtgärd – Rekommendation 1' }))).toBe(true);

    // The plan: the action names its recommendation; set to klar, it asks whether the recommendation is met.
    await page.goto(server.url('/handlingsplan'));
    const item = page.getByRole('listitem').filter({ has: page.getByText(ACTION, { exact: true }) });
    await item.getByRole('link', { name: `${AUDIT}: ${RECOMMENDATION}` }).waitFor();
    await item.getByRole('button', { name: 'Ändra' }).click();
    await item.getByLabel('Status').selectOption('done');
    await item.getByRole('button', { name: 'Spara åtgärden' }).click();
    const question = item.getByRole('group', { name: `Rekommendation från ${AUDIT}` });
    const year = new Date().getFullYear();
    await question.getByText(`Är rekommendationen ”${RECOMMENDATION}” nu åtgärdad?`).waitFor();
    await question.getByText(`Svaret sparas som uppföljningen för ${year} i revisionsregistret.`, { exact: false }).waitFor();
    await expect.poll(() => isFocused(question.getByText(`Är rekommendationen ”${RECOMMENDATION}” nu åtgärdad?`))).toBe(true);
    expect(await question.getByRole('button').allTextContents()).toEqual(['Ja', 'Delvis', 'Nej', 'Inte nu']);
    await expectNoAxeViolations(page);
    await expectReflowAt320(page);
    await question.getByRole('button', { name: 'Ja' }).click();
    await expect
      .poll(() => page.getByRole('status').first().textContent())
      .toContain(`Uppföljningen för ${year} är sparad i revisionsregistret: Ja.`);
    await expect.poll(() => question.count()).toBe(0);
    await expect.poll(() => isFocused(item.getByRole('button', { name: 'Ändra' }))).toBe(true);

    // The register shows the year's follow-up, and the server holds it.
    await page.goto(server.url(`/revision/${orgId}`));
    const row = audit.getByRole('table', { name: 'Uppföljning av rekommendation 1' }).getByRole('row', { name: new RegExp(String(year)) });
    await expect.poll(() => row.textContent()).toContain('Ja');
    await expect.poll(() => audit.getByRole('list', { name: 'Åtgärder i handlingsplanen' }).textContent()).toContain('Klar');
    const stored = await server.app.db.selectFrom('audit_recommendation_follow_up').select(['year', 'outcome']).execute();
    expect(stored).toEqual([{ year, outcome: 'yes' }]);

    // A new action started from the recommendation: pre-filled with its text, linked on saving.
    await audit.getByRole('button', { name: 'Ny åtgärd från rekommendationen – Rekommendation 1' }).click();
    const drafting = audit.getByRole('group', { name: 'Ny åtgärd i handlingsplanen för rekommendation 1' });
    expect(await drafting.getByLabel('Vad ska göras').inputValue()).toBe(RECOMMENDATION);
    await expectNoAxeViolations(page);
    await drafting.getByRole('button', { name: 'Spara åtgärden' }).click();
    await expect
      .poll(() => page.locator('#register-status').textContent())
      .toContain('är tillagd i handlingsplanen och kopplad till rekommendation 1');
    await expect.poll(() => audit.getByRole('list', { name: 'Åtgärder i handlingsplanen' }).getByRole('link').count()).toBe(2);
    await page.close();
  });
});
