import { expect, test } from 'vitest';
import { createUser, organisationIdByCode } from '../support/auth';
import { expectNoAxeViolations } from './support/axe';
import { describeBrowser, useBrowser } from './support/browser';
import { expectFieldError, focusedId, isFocused, tabTo } from './support/focus';
import { LOST_ANSWER_ERRORS, loseNextAnswer } from './support/lost-answers';
import { useBrowserTestServer } from './support/server';
import { logInByCookie } from './support/session';

// The register of external audit recommendations (/revision/:id): a respondent
// adds an audit and a recommendation, records a follow-up with the keyboard
// only; a viewer reads the same register without the forms.

describeBrowser('the register of audit recommendations', () => {
  const server = useBrowserTestServer();
  const browser = useBrowser();

  test('a respondent adds an audit and a recommendation and records a follow-up, keyboard only for the follow-up; a viewer reads it', async () => {
    const respondent = await createUser(server.app, [{ role: 'respondent', organisationCode: '0182' }], { name: 'Rut Revision' });
    const page = await browser.newPage();
    await logInByCookie(page, server, respondent);

    // Reached from the organisation's results page.
    await page.goto(server.url('/resultat'));
    await page.getByRole('link', { name: 'Revisionens rekommendationer och deras uppföljning' }).click();
    await page.getByRole('heading', { level: 1, name: /Revisionens rekommendationer – Nacka/ }).waitFor();
    await page.getByText('Registret har inga granskningar ännu.').waitFor();
    await expectNoAxeViolations(page);

    // An audit, by hand.
    const addAudit = page.getByRole('region', { name: 'Lägg till en granskning' });
    await addAudit.getByLabel('Rubrik').fill('Granskning av informationssäkerhet 2025');
    await addAudit.getByLabel('Revisionsföretag').fill('KPMG');
    await addAudit.getByLabel('Rapportens datum').fill('2025-04-10');
    await addAudit.getByLabel('Rapportreferens').fill('Dnr KS 2025/88');
    await addAudit.getByRole('button', { name: 'Lägg till granskningen' }).click();
    const audit = page.getByRole('region', { name: 'Granskning av informationssäkerhet 2025' });
    await audit.getByText('Dnr KS 2025/88').waitFor();
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('är tillagd');

    // A recommendation: refused empty, with the problems on their fields; then saved.
    await audit.getByRole('button', { name: 'Lägg till en rekommendation' }).click();
    await audit.getByRole('button', { name: 'Lägg till rekommendationen' }).click();
    await expect.poll(() => isFocused(audit.getByTestId('error-summary'))).toBe(true);
    await expectFieldError(audit.getByLabel('Rekommendationen'), 'Text: fyll i');
    await expectFieldError(audit.getByRole('checkbox', { name: 'Funktion för informationssäkerhet' }), 'Områden:');
    await expectNoAxeViolations(page);
    await audit.getByLabel('Rekommendationen').fill('Genomför riskanalyser för verksamhetskritisk information.');
    await audit.getByRole('checkbox', { name: 'Hantering av informationssäkerhetsrisker' }).check();
    await audit.getByRole('checkbox', { name: 'Informationsklassning' }).check();
    await audit.getByLabel('Prioritet').selectOption('high');
    await audit.getByRole('button', { name: 'Lägg till rekommendationen' }).click();
    await audit.getByRole('heading', { name: /Rekommendation 1/ }).waitFor();
    await audit.getByText('Hantering av informationssäkerhetsrisker, Informationsklassning').waitFor();
    await audit.getByText('Ingen uppföljning ännu.').waitFor();
    // The form closed and gave focus back to its button.
    await expect.poll(() => focusedId(page)).toBe('');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Lägg till en rekommendation');

    // The follow-up of a year with the keyboard only.
    const recordButton = audit.getByRole('button', { name: 'Registrera uppföljning – Rekommendation 1' });
    await recordButton.focus();
    await page.keyboard.press('Enter');
    const prefix = `recommendation-${await recommendationId(page)}-follow-up-`;
    await tabTo(page, `${prefix}year`);
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('2025');
    await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe(`${prefix}outcome`);
    // Nej → Delvis: the select's options follow the outcomes' order (ja, delvis, nej).
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe(`${prefix}comment`);
    await page.keyboard.type('Analyser klara för två av fem förvaltningar.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const table = audit.getByRole('table', { name: 'Uppföljning av rekommendation 1' });
    await table.waitFor();
    const row = table.getByRole('row', { name: /2025/ });
    await expect.poll(() => row.textContent()).toContain('Delvis');
    await expect.poll(() => row.textContent()).toContain('Analyser klara för två av fem förvaltningar.');
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('Uppföljningen för 2025 är sparad.');
    await expect.poll(() => isFocused(recordButton)).toBe(true);
    await expectNoAxeViolations(page);

    // What the server holds is what the page showed.
    const stored = await server.app.db.selectFrom('audit_recommendation_follow_up').select(['year', 'outcome', 'comment']).execute();
    expect(stored).toEqual([{ year: 2025, outcome: 'partly', comment: 'Analyser klara för två av fem förvaltningar.' }]);

    // A viewer reads the register, without the forms.
    const viewer = await createUser(server.app, [{ role: 'viewer', organisationCode: '0182' }], { name: 'Vera Läsare' });
    const viewerPage = await browser.newPage();
    await logInByCookie(viewerPage, server, viewer);
    await viewerPage.goto(page.url());
    await viewerPage.getByRole('table', { name: 'Uppföljning av rekommendation 1' }).waitFor();
    await viewerPage.getByText('Du kan läsa registret.', { exact: false }).waitFor();
    expect(await viewerPage.getByRole('button', { name: /Registrera uppföljning|Lägg till|Ta bort|Ändra/ }).count()).toBe(0);
    expect(await viewerPage.getByRole('link', { name: 'Excel-fil' }).getAttribute('href')).toContain('format=xlsx');
    await expectNoAxeViolations(viewerPage);
  });

  test('a register file with a wrong cell is refused with its row listed; the corrected file is read in and its audit deleted again', async () => {
    const respondent = await createUser(server.app, [{ role: 'respondent', organisationCode: '0114' }], { name: 'Ivar Import' });
    const page = await browser.newPage();
    await logInByCookie(page, server, respondent);
    await page.goto(server.url(`/revision/${await organisationIdByCode(server.app, '0114')}`));
    await page.getByRole('heading', { level: 1, name: /Revisionens rekommendationer/ }).waitFor();

    const header = 'audit_title,auditor_firm,audited_on,report_reference,recommendation,areas,priority,follow_up_year,outcome,comment';
    const file = (priority: string) =>
      `${header}\nGranskning av behörigheter,EY,2025-03-01,,Inför årlig behörighetsgenomgång,awareness,${priority},,,\n`;
    const importing = page.getByRole('region', { name: 'Läs in från en CSV-fil' });
    await importing.getByLabel('Eller klistra in filens innehåll').fill(file('urgent'));
    await importing.getByRole('button', { name: 'Läs in filen' }).click();
    const problems = importing.getByRole('table', { name: 'Fel i filen' });
    await problems.waitFor();
    const cells = await problems.getByRole('row').nth(1).getByRole('cell').allTextContents();
    expect(cells.slice(0, 2)).toEqual(['2', 'priority']);
    await expectNoAxeViolations(page);
    expect(await server.app.db.selectFrom('external_audit').select('id').where('title', '=', 'Granskning av behörigheter').execute()).toEqual([]);

    await importing.getByLabel('Eller klistra in filens innehåll').fill(file('low'));
    await importing.getByRole('button', { name: 'Läs in filen' }).click();
    await importing.getByText('Filen är inläst: 1 nya granskningar, 1 nya rekommendationer', { exact: false }).waitFor();
    expect(await problems.count()).toBe(0);
    const imported = page.getByRole('region', { name: 'Granskning av behörigheter' });
    await imported.getByText('Inför årlig behörighetsgenomgång').waitFor();

    // Deleted again, asked in the page; the status region says it.
    await imported.getByRole('button', { name: 'Ta bort granskningen' }).click();
    await imported.getByRole('button', { name: 'Ja, ta bort' }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('Granskningen Granskning av behörigheter är borttagen.');
    expect(await imported.count()).toBe(0);
  });
  test('an audit and a recommendation whose answers were lost are added once, and said to be added', async () => {
    const respondent = await createUser(server.app, [{ role: 'respondent', organisationCode: '0184' }]);
    const page = await browser.newPage({ allowConsoleErrors: LOST_ANSWER_ERRORS });
    await logInByCookie(page, server, respondent);
    await page.goto(server.url(`/revision/${await organisationIdByCode(server.app, '0184')}`));
    await page.getByText('Registret har inga granskningar ännu.').waitFor();

    const addAudit = page.getByRole('region', { name: 'Lägg till en granskning' });
    await addAudit.getByLabel('Rubrik').fill('Granskning av kontinuitetsplanering');
    await addAudit.getByLabel('Revisionsföretag').fill('PwC');
    await addAudit.getByLabel('Rapportens datum').fill('2025-09-01');
    await loseNextAnswer(page, 'POST', /^\/api\/organisations\/\d+\/audits$/);
    await addAudit.getByRole('button', { name: 'Lägg till granskningen' }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('är tillagd');
    const audit = page.getByRole('region', { name: 'Granskning av kontinuitetsplanering' });
    expect(await audit.count()).toBe(1);
    expect(await addAudit.getByTestId('error-summary').count()).toBe(0);

    await audit.getByRole('button', { name: 'Lägg till en rekommendation' }).click();
    await audit.getByLabel('Rekommendationen').fill('Öva kontinuitetsplanerna årligen.');
    await audit.getByRole('checkbox', { name: 'Informationsklassning' }).check();
    await loseNextAnswer(page, 'POST', /^\/api\/organisations\/\d+\/audits\/\d+\/recommendations$/);
    await audit.getByRole('button', { name: 'Lägg till rekommendationen' }).click();
    await audit.getByRole('heading', { name: /Rekommendation 1/ }).waitFor();
    expect(await audit.getByRole('heading', { name: /Rekommendation \d/ }).count()).toBe(1);
    const stored = await server.app.db
      .selectFrom('external_audit')
      .innerJoin('audit_recommendation', 'audit_recommendation.audit_id', 'external_audit.id')
      .select(({ fn }) => fn.countAll<string>().as('recommendations'))
      .where('external_audit.title', '=', 'Granskning av kontinuitetsplanering')
      .executeTakeFirstOrThrow();
    expect(Number(stored.recommendations)).toBe(1);
    await page.close();
  });
});

async function recommendationId(page: import('playwright-core').Page): Promise<string> {
  const id = await page.locator('.register-recommendation h4').first().getAttribute('id');
  return /^recommendation-(\d+)-heading$/.exec(id ?? '')![1]!;
}
