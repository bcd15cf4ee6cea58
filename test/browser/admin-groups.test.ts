import { expect, test } from 'vitest';
import { createUser, organisationIdByCode } from '../support/auth';
import { expectNoAxeViolations } from './support/axe';
import { describeBrowser, useBrowser } from './support/browser';
import { useBrowserTestServer } from './support/server';
import { logInByCookie } from './support/session';

/**
 * An administrator edits an organisation's groups (docs/decisions/0021) in
 * the row's disclosure on the organisations page: searches the kommuner,
 * chooses by keyboard, saves, removes one again; a refusal of the server
 * (a kommun in a kommun that is its own member) shows on the field.
 */
describeBrowser('an organisation’s groups on the admin organisations page', () => {
  const server = useBrowserTestServer();
  const browser = useBrowser();

  const groupsOf = async (memberId: number) =>
    (
      await server.app.db
        .selectFrom('organisation_membership')
        .innerJoin('organisation', 'organisation.id', 'organisation_membership.group_id')
        .select('organisation.code')
        .where('organisation_membership.member_id', '=', memberId)
        .orderBy('organisation.code')
        .execute()
    ).map((row) => row.code);

  async function adminPage(search: string) {
    const admin = await createUser(server.app, [{ role: 'admin' }], { name: 'Ada Admin' });
    const page = await browser.newPage();
    await logInByCookie(page, server, admin);
    await page.goto(server.url(`/administration/organisationer?search=${encodeURIComponent(search)}`));
    return page;
  }

  test('adds a company to two kommuner by keyboard, then removes one', async () => {
    const { id: company } = await server.app.db
      .insertInto('organisation')
      .values({ code: 'AB-GRUPP-1', name: 'Grupptestbolaget AB', type: 'bolag' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const page = await adminPage('Grupptestbolaget');
    const row = page.getByTestId('organisations-table').getByRole('row', { name: /Grupptestbolaget AB/ });
    await row.getByText('Ändra grupper – Grupptestbolaget AB').click();
    const group = page.getByRole('group', { name: 'Kommuner som Grupptestbolaget AB hör till' });
    await group.getByText('Ingen kommun vald.').waitFor();
    const total = (await server.app.db.selectFrom('organisation').select('id').where('type', '=', 'kommun').execute()).length;
    await group
      .getByRole('status')
      .filter({ hasText: `Visar ${total} av ${total} kommuner.` })
      .waitFor();

    // Search, then Tab to the first match and tick it with the space bar.
    const search = group.getByLabel('Sök kommun (namn eller kod)');
    await search.fill('nacka');
    await group
      .getByRole('status')
      .filter({ hasText: `Visar 1 av ${total} kommuner.` })
      .waitFor();
    await search.focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    expect(await group.getByRole('checkbox', { name: 'Nacka (0182)' }).isChecked()).toBe(true);
    // What is chosen stays chosen, and named, while another search hides it.
    await search.fill('0138');
    await group.getByRole('checkbox', { name: 'Tyresö (0138)' }).check();
    await group.getByText('Valda: Nacka och Tyresö.').waitFor();
    await expectNoAxeViolations(page);
    await search.fill('ingen sådan kommun');
    await group.getByRole('status').filter({ hasText: 'Ingen kommun matchar sökningen.' }).waitFor();

    await row.getByRole('button', { name: 'Spara grupper' }).click();
    await page.getByRole('status').filter({ hasText: 'Grupperna för Grupptestbolaget AB är sparade.' }).waitFor();
    await expect.poll(() => row.getByTestId('group-names').textContent()).toBe('Nacka, Tyresö');
    expect(await groupsOf(company)).toEqual(['0138', '0182']);

    // Removing one: untick it and save.
    await search.fill('tyresö');
    await group.getByRole('checkbox', { name: 'Tyresö (0138)' }).uncheck();
    await group.getByText('Valda: Nacka.').waitFor();
    await row.getByRole('button', { name: 'Spara grupper' }).click();
    await expect.poll(() => row.getByTestId('group-names').textContent()).toBe('Nacka');
    expect(await groupsOf(company)).toEqual(['0182']);
    const audit = await server.app.db
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'organisation.updated')
      .where('organisation_id', '=', company)
      .execute();
    expect(audit).toHaveLength(2);
  });

  test('a refusal of the server shows on the group of checkboxes, in Swedish, linked from the summary', async () => {
    // Upplands Väsby (0114) is a member of Vallentuna (0115): Vallentuna cannot then be a member of Upplands Väsby.
    await server.app.db
      .insertInto('organisation_membership')
      .values({ member_id: await organisationIdByCode(server.app, '0114'), group_id: await organisationIdByCode(server.app, '0115') })
      .execute();
    const vallentuna = await organisationIdByCode(server.app, '0115');
    const page = await adminPage('Vallentuna');
    const row = page.getByTestId('organisations-table').getByRole('row', { name: /Vallentuna/ });
    await row.getByText('Ändra grupper – Vallentuna').click();
    const group = page.getByRole('group', { name: 'Kommuner som Vallentuna hör till' });
    // A kommun is not offered as its own group.
    await group.getByLabel('Sök kommun (namn eller kod)').fill('vallentuna');
    await group.getByRole('status').filter({ hasText: 'Ingen kommun matchar sökningen.' }).waitFor();
    await group.getByLabel('Sök kommun (namn eller kod)').fill('väsby');
    await group.getByRole('checkbox', { name: 'Upplands Väsby (0114)' }).check();
    await row.getByRole('button', { name: 'Spara grupper' }).click();

    const message = 'Hör till (grupper): en organisation kan inte vara medlem i sig själv eller i en grupp som är medlem i den (Upplands Väsby)';
    const summary = page.getByTestId('error-summary');
    await summary.getByRole('link', { name: message }).waitFor();
    await group.getByText(message).waitFor();
    expect(await group.getByRole('checkbox', { name: 'Upplands Väsby (0114)' }).getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(page);
    await summary.getByRole('link', { name: message }).click();
    expect(await group.getByLabel('Sök kommun (namn eller kod)').evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await groupsOf(vallentuna)).toEqual([]);
  });
});
