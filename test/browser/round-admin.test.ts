import { readFile } from 'node:fs/promises';
import { sql } from 'kysely';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { createUser, loginAs, organisationIdByCode, TEST_PASSWORD } from '../support/auth';
import { tokenMailedTo } from '../support/outbox';
import { outboxOfKind, roundAdminApi, setContactEmail } from '../support/round-admin';
import { responseUrl } from '../support/survey';
import { expectNoAxeViolations } from './support/axe';
import { describeBrowser, useBrowser } from './support/browser';
import { isFocused } from './support/focus';
import { LOST_ANSWER_ERRORS, loseNextAnswer } from './support/lost-answers';
import { useBrowserTestServer } from './support/server';
import { logInByCookie, logInThroughForm } from './support/session';

const YEAR = 2031;
const DAY_MS = 24 * 60 * 60 * 1000;

/** A datetime-local value, in the browser's (and this process's) local time. */
function localInput(offsetDays: number): string {
  const d = new Date(Date.now() + offsetDays * DAY_MS);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

describeBrowser('running a survey round', () => {
  const server = useBrowserTestServer();
  const browser = useBrowser();

  /** Presses an action's button, then its in-page confirmation. */
  async function confirmAction(page: Page, label: string | RegExp, confirm: string) {
    await page.getByRole('button', { name: label }).click();
    await page.getByRole('button', { name: confirm }).click();
  }

  const status = (page: Page, text: string | RegExp) => page.getByRole('status').filter({ hasText: text }).waitFor();
  const row = (page: Page, code: string) => page.getByTestId('monitor-table').locator(`tr[data-code="${code}"]`);

  test('an administrator runs a whole round from the pages', async () => {
    await setContactEmail(server.app, '0114', 'registrator@upplandsvasby.example.se');
    await setContactEmail(server.app, '0115', 'kommun@vallentuna.example.se');
    await setContactEmail(server.app, '0117', null);
    const admin = await createUser(server.app, [{ role: 'admin' }], { name: 'Ada Admin' });
    const page = await browser.newPage({ allowConsoleErrors: LOST_ANSWER_ERRORS });
    await logInByCookie(page, server, admin);

    // Create the round from the administration hub. Its answer is lost on the way back: sent again, the year would be
    // refused as taken, so the page reads the rounds and goes on to the one created.
    await page.goto(server.url('/administration'));
    await page.getByRole('link', { name: 'Enkätomgångar' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Enkätomgångar' }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByLabel('År').fill(String(YEAR));
    await page.getByLabel('Öppnar').fill(localInput(-1));
    await page.getByLabel('Stänger').fill(localInput(40));
    await loseNextAnswer(page, 'POST', /^\/api\/admin\/rounds$/);
    await page.getByRole('button', { name: 'Skapa omgången' }).click();
    await page.getByRole('heading', { level: 1, name: `Omgång ${YEAR}` }).waitFor();
    await expectNoAxeViolations(page);

    // Open it.
    await confirmAction(page, 'Öppna omgången', 'Ja, öppna');
    await status(page, `Omgång ${YEAR} är nu öppen.`);
    expect(await page.getByTestId('round-state').textContent()).toBe('Öppen');

    // Invite a pasted list of codes; the invitation mails land in the outbox.
    await page.getByLabel('En lista med koder').check();
    await page.getByLabel('Organisationskoder').fill('0114, 0115\n0117 9999');
    await confirmAction(page, 'Bjud in', 'Ja, bjud in');
    const result = page.getByTestId('invite-result');
    await result.getByText('Nya inbjudna: 3. Redan inbjudna: 0. Inbjudningar som väntar i utkorgen: 2.').waitFor();
    await result.getByText('0117 Österåker').waitFor();
    await result.getByText(/Okända koder .*9999/).waitFor();
    await expectNoAxeViolations(page);
    const invitations = await outboxOfKind(server.app, 'round_invitation');
    expect(invitations.map((m) => m.to_address).sort()).toEqual(['kommun@vallentuna.example.se', 'registrator@upplandsvasby.example.se']);

    // A person at Upplands Väsby registers through the link, answers in the survey and submits.
    const token = await tokenMailedTo(server.app, 'registrator@upplandsvasby.example.se', 'round_invitation');
    const respondent = await browser.newPage();
    await respondent.goto(server.url(`/registrera?token=${token}`));
    await respondent.getByText(/Upplands Väsby är inbjuden till självskattningen 2031/).waitFor();
    await expectNoAxeViolations(respondent);
    await respondent.getByLabel('E-postadress').fill('ciso@upplandsvasby.example.se');
    await respondent.getByLabel('Namn').fill('Rut Respondent');
    await respondent.getByLabel('Nytt lösenord').fill(TEST_PASSWORD);
    await respondent.getByLabel('Upprepa lösenordet').fill(TEST_PASSWORD);
    await respondent.getByRole('button', { name: 'Registrera mig' }).click();
    await respondent.getByRole('heading', { level: 1, name: 'Du är registrerad' }).waitFor();
    await logInThroughForm(respondent, server.url('/logga-in?nasta=/enkat'), { email: 'ciso@upplandsvasby.example.se', password: TEST_PASSWORD });
    await respondent.getByRole('link', { name: /Öppna enkäten/ }).click();
    await respondent.getByTestId('area-ciso').getByRole('radio', { name: 'Nej' }).check();
    await respondent.getByTestId('area-risk').getByRole('radio', { name: 'Nej' }).check();
    await respondent.getByText('2 av 10 områden besvarade').waitFor();
    await expect.poll(() => respondent.getByTestId('save-status').getAttribute('data-status')).toBe('saved');
    await respondent.getByRole('link', { name: 'Granska och skicka in' }).click();
    await respondent.getByRole('button', { name: 'Skicka in svaren' }).click();
    await respondent.getByRole('heading', { level: 1, name: 'Svaren är inskickade' }).waitFor();

    // The monitor shows it, with the chart and its table alternative.
    await page.getByRole('button', { name: 'Uppdatera' }).click();
    await row(page, '0114').getByText('Inskickad').waitFor();
    expect(await row(page, '0114').textContent()).toContain('2 av 10');
    expect(await row(page, '0114').textContent()).toContain('Rut Respondent');
    expect(await page.getByTestId('monitor-totals').textContent()).toContain('1 inskickade');
    await page.locator('.chart-box svg').first().waitFor();
    await page.getByText('Visa siffrorna som tabell').click();
    await page.getByRole('table', { name: /Påbörjade och inskickade svar i slutet av varje dag/ }).waitFor();
    await expectNoAxeViolations(page);

    // Days later the invitation mails are older than the reminder interval.
    await server.app.db
      .updateTable('outbox_message')
      .set({ created_at: sql<Date>`created_at - interval '4 days'` })
      .where('kind', '=', 'round_invitation')
      .execute();
    // Reminders: preview, then send; only Vallentuna is reminded (Österåker has no address).
    await page.getByRole('button', { name: 'Förhandsgranska' }).click();
    const preview = page.getByTestId('reminder-preview');
    await preview.getByText(/1 organisation får påminnelsen och 2 hoppas över/).waitFor();
    await preview.getByText(/Vallentuna har ännu inte skickat in/).waitFor();
    await expectNoAxeViolations(page);
    await confirmAction(page, 'Skicka påminnelse till 1 organisation', 'Ja, skicka');
    // The test server has no mail server: the reminder waits in the outbox, and the message links there.
    await status(page, /påminnelse till 1 organisation väntar i utkorgen/);
    await page.getByRole('status').getByRole('link', { name: 'Gå till utkorgen' }).waitFor();
    const reminders = await outboxOfKind(server.app, 'round_reminder');
    expect(reminders.map((m) => m.to_address)).toEqual(['kommun@vallentuna.example.se']);
    await row(page, '0115').getByText(/\d{4}/).first().waitFor();

    // Close: a late write is refused.
    await confirmAction(page, 'Stäng omgången', 'Ja, stäng');
    await status(page, `Omgång ${YEAR} är nu stängd.`);
    const late = await server.app.inject({
      method: 'PUT',
      url: `${responseUrl(YEAR, await organisationIdByCode(server.app, '0114'))}/areas/management`,
      headers: { cookie: await respondentCookie() },
      payload: { main: 'no', followup: null, comment: null, version: 99 },
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('round_closed');

    // Publish: final.
    await confirmAction(page, 'Publicera resultaten', 'Ja, publicera');
    await status(page, `Omgång ${YEAR} är nu publicerad.`);
    expect(await page.getByRole('button', { name: /Öppna igen/ }).count()).toBe(0);
    await expectNoAxeViolations(page);

    // The response file is a download on the round page.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: `Ladda ned svarsfilen för ${YEAR} (CSV)` }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`responses-${YEAR}.csv`);
    const file = await readFile(await download.path(), 'utf8');
    expect(file.split('\r\n').find((line) => line.startsWith('0114,'))).toContain('submitted');

    const actions = await server.app.db.selectFrom('audit_log').select('action').where('actor_user_id', '=', admin.id).execute();
    expect(actions.map((a) => a.action)).toEqual(
      expect.arrayContaining(['round.create', 'round.state_change', 'round.organisations_invited', 'round.reminders_sent', 'responses.exported']),
    );
  });

  test('an administrator withdraws one invitation and resends another from the monitor', async () => {
    const year = 2032;
    await setContactEmail(server.app, '0120', 'kommun@varmdo.example.se');
    await setContactEmail(server.app, '0123', 'kommun@jarfalla.example.se');
    const admin = await loginAs(server.app, [{ role: 'admin' }]);
    const api = roundAdminApi(server.app, admin.cookie);
    await api.createRound(year);
    await api.setState(year, 'open');
    await api.invite(year, { selection: { kind: 'codes', codes: ['0120'] } });
    await api.invite(year, { selection: { kind: 'codes', codes: ['0123'] }, sendMail: false });
    const varmdoToken = await tokenMailedTo(server.app, 'kommun@varmdo.example.se', 'round_invitation');
    const page = await browser.newPage();
    await logInByCookie(page, server, admin);
    await page.goto(server.url(`/administration/omgangar/${year}`));
    await row(page, '0120').waitFor();

    // Withdraw Värmdö after confirming: its row goes, the list's heading takes focus and the outcome is announced.
    await page.getByRole('button', { name: 'Dra tillbaka inbjudan – Värmdö' }).click();
    await page.getByText('Dra tillbaka inbjudan till Värmdö för omgång 2032?', { exact: false }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Ja, dra tillbaka' }).click();
    await status(page, 'Inbjudan till Värmdö är tillbakadragen.');
    await row(page, '0120').waitFor({ state: 'detached' });
    await expect.poll(() => isFocused(page.getByRole('heading', { name: 'Inbjudna organisationer' }))).toBe(true);
    expect(await page.getByTestId('monitor-totals').textContent()).toContain('1 inbjudna');
    const registration = await browser.newPage();
    await registration.goto(server.url(`/registrera?token=${varmdoToken}`));
    await registration.getByText('Inbjudan som länken hör till har dragits tillbaka.', { exact: false }).waitFor();

    // Resend Järfälla's invitation; a second press within the interval is refused in the row and announced.
    await page.getByRole('button', { name: 'Skicka inbjudan igen – Järfälla' }).click();
    await status(
      page,
      'Den nya inbjudan till Järfälla (kommun@jarfalla.example.se) väntar i utkorgen. Ingen e-postserver är inställd, så den skickas inte automatiskt.',
    );
    const mails = (await outboxOfKind(server.app, 'round_invitation')).filter((m) => m.subject.includes(String(year)));
    expect(mails.map((m) => m.to_address)).toEqual(['kommun@varmdo.example.se', 'kommun@jarfalla.example.se']);
    await page.getByRole('button', { name: 'Skicka inbjudan igen – Järfälla' }).click();
    await status(page, /Järfälla fick e-post om omgången .*Inbjudan kan skickas igen tidigast/);
    await row(page, '0123')
      .getByText(/Inbjudan kan skickas igen tidigast/)
      .waitFor();
    await expectNoAxeViolations(page);
    // The address was wrong, say: the administrator sends it anyway, deliberately.
    await row(page, '0123').getByRole('button', { name: 'Skicka inbjudan ändå – Järfälla' }).click();
    await page.getByRole('button', { name: 'Ja, skicka ändå' }).click();
    await status(
      page,
      'Den nya inbjudan till Järfälla (kommun@jarfalla.example.se) väntar i utkorgen. Ingen e-postserver är inställd, så den skickas inte automatiskt.',
    );
    await expect.poll(() => isFocused(page.getByRole('button', { name: 'Skicka inbjudan igen – Järfälla' }))).toBe(true);
    expect(
      await row(page, '0123')
        .getByText(/tidigast/)
        .count(),
    ).toBe(0);
    expect((await outboxOfKind(server.app, 'round_invitation')).filter((m) => m.to_address === 'kommun@jarfalla.example.se')).toHaveLength(2);

    const actions = await server.app.db.selectFrom('audit_log').select('action').where('actor_user_id', '=', admin.id).execute();
    expect(actions.map((a) => a.action)).toEqual(expect.arrayContaining(['round.invitation_withdrawn', 'round.invitation_resent']));
  });

  async function respondentCookie(): Promise<string> {
    const login = await server.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'ciso@upplandsvasby.example.se', password: TEST_PASSWORD },
    });
    return `mognad_session=${login.cookies.find((c) => c.name === 'mognad_session')!.value}`;
  }
});
