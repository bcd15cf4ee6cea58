import type { Locator, Page } from 'playwright-core';
import { beforeAll, expect, test } from 'vitest';
import { DEMO_PAST_YEARS, seedDemoData } from '#server/demo/seed';
import { DEMO_YEAR } from '#server/seed/demo-round';
import { createUser } from '../support/auth';
import { expectNoAxeViolations } from './support/axe';
import { describeBrowser, useBrowser } from './support/browser';
import { useBrowserTestServer } from './support/server';
import { logInByCookie } from './support/session';
import { scrollPastEveryChart } from './support/charts';
import { pdfPages, printToPdf } from './support/pdf';

const PUBLISHED_YEAR = DEMO_PAST_YEARS[DEMO_PAST_YEARS.length - 1]!;

describeBrowser('withheld figures', () => {
  const server = useBrowserTestServer();
  const browser = useBrowser();

  beforeAll(async () => {
    // The demo: three published rounds and the open one (whose figures are withheld until it closes).
    await seedDemoData(server.app.db, { info: () => undefined });
    // This file's own grouping instead of the demo's invented kommungrupp.
    await server.app.db.deleteFrom('organisation_attribute').execute();
    // A grouping attribute: Stockholm and two neighbours form a group too small to compare with (A1), the rest of the county A2.
    const county = await server.app.db.selectFrom('organisation').select(['id', 'code']).where('county_code', '=', '01').orderBy('code').execute();
    const small = new Set([
      '0180',
      ...county
        .filter((o) => o.code !== '0180')
        .slice(0, 2)
        .map((o) => o.code),
    ]);
    await server.app.db
      .insertInto('organisation_attribute')
      .values(county.map((o) => ({ organisation_id: o.id, attribute: 'kommungrupp', value: small.has(o.code) ? 'A1' : 'A2' })))
      .execute();
  });

  async function pageAs(roles: Parameters<typeof createUser>[1], language: 'sv' | 'en' = 'sv'): Promise<Page> {
    const user = await createUser(server.app, roles);
    const page = await browser.newPage();
    if (language === 'en') await page.addInitScript(() => window.localStorage.setItem('mognad.language', 'en'));
    await logInByCookie(page, server, user);
    return page;
  }

  /** The "Varför visas inte siffran?" disclosure opens with Enter and shows its explanation. */
  async function openWithKeyboard(details: Locator, question: string, explanation: RegExp): Promise<void> {
    const summary = details.locator('summary', { hasText: question });
    await summary.focus();
    expect(await details.evaluate((element) => (element as HTMLDetailsElement).open)).toBe(false);
    await summary.press('Enter');
    await details.getByText(explanation).waitFor();
    expect(await details.evaluate((element) => (element as HTMLDetailsElement).open)).toBe(true);
  }

  test('the open round: one notice with its explanation instead of tables, the response status still shown', async () => {
    const page = await pageAs([{ role: 'analyst' }]);
    await page.goto(server.url('/nationellt'));
    await page.getByRole('heading', { level: 1, name: 'Nationell översikt' }).waitFor();
    // The overview opens on the newest round with figures; the open round says in its option that it has none yet.
    const round = page.getByRole('form', { name: 'Urval' }).getByLabel('Enkätomgång');
    await page.getByRole('columnheader', { name: 'Andel ja av alla inbjudna' }).waitFor();
    expect(await round.inputValue()).toBe(String(PUBLISHED_YEAR));
    expect(await round.locator('option').first().innerText()).toBe(`${DEMO_YEAR} (pågår – bara svarsstatus)`);
    await round.selectOption(String(DEMO_YEAR));
    const notice = page.locator('.national-withheld', { hasText: `Enkätomgången ${DEMO_YEAR} pågår` });
    await notice.waitFor();
    // The response status is shown during the round; no area table of dashes.
    const responses = page.getByRole('region', { name: 'Svarsfrekvens' });
    expect(await responses.getByText('Inbjudna').count()).toBe(1);
    expect(await responses.locator('dd').nth(1).innerText()).toMatch(/^\d+$/);
    expect(await page.getByRole('columnheader', { name: 'Andel ja av alla inbjudna' }).count()).toBe(0);
    expect(await page.locator('.national-area').count()).toBe(0);
    await openWithKeyboard(
      notice.locator('details'),
      'Varför visas inte siffran?',
      /^Enkätomgången pågår\. Resultaten visas när omgången har stängts/,
    );
    // The trends show the open round's column as withheld, explained once, not as 0.
    const trends = page.getByRole('region', { name: 'Utveckling mellan omgångar' });
    await trends.getByRole('table').first().waitFor();
    const openColumn = await trends
      .getByRole('table')
      .first()
      .getByRole('row')
      .nth(1)
      .getByRole('cell')
      .last()
      .locator('.area-table__value')
      .textContent();
    expect(openColumn).toBe('–visas ej');
    expect(await trends.locator('summary', { hasText: 'Varför visas inte siffran?' }).count()).toBe(1);
    await expectNoAxeViolations(page);

    // The way back to the newest round with figures.
    await notice.getByRole('link', { name: `Visa ${PUBLISHED_YEAR}, den senaste omgången med resultat` }).click();
    await page.getByRole('columnheader', { name: 'Andel ja av alla inbjudna' }).waitFor();
    expect(await round.inputValue()).toBe(String(PUBLISHED_YEAR));
  });

  test('a county too small to show: "–", the disclosure opens with the keyboard, and the filters are selects of what exists', async () => {
    const page = await pageAs([{ role: 'analyst' }]);
    await page.goto(server.url('/nationellt'));
    const form = page.getByRole('form', { name: 'Urval' });
    await form.getByLabel('Enkätomgång').selectOption(String(PUBLISHED_YEAR));
    await page.getByRole('columnheader', { name: 'Andel ja av alla inbjudna' }).waitFor();
    // A published round with every municipality: nothing withheld, no explanation.
    expect(await page.locator('.national-area').count()).toBe(10);
    for (const section of ['Svarsfrekvens', 'Svar per område', 'Genomförandegrad och mognadsnivåer per område']) {
      expect(await page.getByRole('region', { name: section }).locator('summary').count()).toBe(0);
    }

    // The attribute and value are selects fed by GET /api/results/filter-options; the value waits for an attribute.
    const attribute = form.getByLabel('Grupperingsattribut');
    const value = form.getByLabel('Värde');
    expect(await attribute.evaluate((element) => element.tagName)).toBe('SELECT');
    expect(await attribute.locator('option').allInnerTexts()).toEqual(['Inget attribut', 'kommungrupp']);
    expect(await value.isDisabled()).toBe(true);
    await attribute.selectOption('kommungrupp');
    expect(await value.isDisabled()).toBe(false);
    expect(await value.locator('option').allInnerTexts()).toEqual(['A1', 'A2']);
    expect(await value.inputValue()).toBe('A1');
    await attribute.selectOption('');
    expect(await value.isDisabled()).toBe(true);
    const types = await form.getByLabel('Organisationstyp').locator('option').allInnerTexts();
    expect(types[0]).toBe('Alla typer');
    expect(types).toContain('Kommun');
    await form.getByText('Räkna med delvis besvarade enkäter (som i den nationella rapporten)').waitFor();

    // Gotland has one municipality: its counts show "–" and say why.
    await form.getByLabel('Län').selectOption({ label: 'Gotlands län' });
    await form.getByRole('button', { name: 'Visa', exact: true }).click();
    const responses = page.getByRole('region', { name: 'Svarsfrekvens' });
    await responses.getByText('Antalet svar visas inte för det här urvalet.').waitFor();
    expect(await responses.locator('dd').nth(1).innerText()).toMatch(/^–/);
    await responses.getByText('visas ej').first().waitFor();
    await openWithKeyboard(responses.locator('details'), 'Varför visas inte siffran?', /^För få organisationer står bakom siffran\./);
    const areas = page.locator('.national-withheld', { hasText: 'Inga siffror per område kan visas för det här urvalet.' });
    await areas.waitFor();
    expect(await areas.locator('summary', { hasText: 'Varför visas inte siffran?' }).count()).toBe(1);
    await expectNoAxeViolations(page);
  });

  test('the results page: a group too small to compare with says so in its name and header, with the explanation', async () => {
    const page = await pageAs([{ role: 'viewer', organisationCode: '0180' }]);
    await page.goto(server.url('/resultat'));
    await page.getByRole('heading', { level: 1, name: 'Resultat för Stockholm' }).waitFor();
    const comparison = page.getByRole('region', { name: 'Jämförelse med andra' });
    await comparison.getByText(/bland inskickade och delvis besvarade enkäter/).waitFor();
    // Stockholm's own kommungrupp has three members: withheld as a whole, said once in the list and the header.
    // The group is named in words users know: SKR's kommungrupp with its name.
    const similar = 'Liknande kommuner (kommungrupp A1, storstäder)';
    await comparison.getByText(`${similar}:`).waitFor();
    expect(await comparison.locator('.results-groups li', { hasText: 'kommungrupp A1' }).innerText()).toBe(
      `${similar}: visas inte, för få organisationer`,
    );
    await comparison.getByRole('columnheader', { name: `${similar} – visas ej` }).waitFor();
    // Its cells are withheld, never a share of nothing.
    const cells = comparison.getByRole('table').getByRole('row').nth(1).getByRole('cell');
    expect(await cells.last().locator('.area-table__value').textContent()).toBe('–visas ej');
    expect(await comparison.locator('summary', { hasText: 'Varför visas inte siffran?' }).count()).toBe(1);
    await openWithKeyboard(comparison.locator('details'), 'Varför visas inte siffran?', /^För få organisationer står bakom siffran\./);
    await expectNoAxeViolations(page);

    // On paper the explanation is a plain line under the comparison (a <details> would print only its question), and the results stay one A4 page.
    await scrollPastEveryChart(page);
    await page.locator('.results-multiples__item svg').first().waitFor();
    await page.emulateMedia({ media: 'print' });
    await page.locator('.results-withheld-print', { hasText: /^– = visas ej\. För få organisationer/ }).waitFor();
    expect(await comparison.locator('details').isVisible()).toBe(false);
    // The results stay one A4 page; the action plan starts the next (docs/decisions/0016).
    const pages = await pdfPages(await printToPdf(page));
    expect(pages[0]).toContain('–=visasej.');
    expect(pages[0]).not.toContain('Handlingsplanochuppföljning');
    expect(pages[1]).toContain('Handlingsplanochuppföljning');
    await page.emulateMedia({ media: 'screen' });

    // The open round: every comparison waits for the round to close.
    await page.getByLabel('Enkätomgång').selectOption(String(DEMO_YEAR));
    await page.getByText(`Enkätomgång ${DEMO_YEAR}:`).waitFor();
    await comparison.getByText('Hela landet: visas när omgången har stängts').waitFor();
    await comparison.getByRole('columnheader', { name: 'Hela landet – visas ej' }).waitFor();
    await openWithKeyboard(comparison.locator('details'), 'Varför visas inte siffran?', /^Enkätomgången pågår\./);
    await expectNoAxeViolations(page);
  });

  test('the withheld states pass axe in English', async () => {
    const page = await pageAs([{ role: 'analyst' }], 'en');
    await page.goto(server.url(`/nationellt?ar=${DEMO_YEAR}`));
    const notice = page.locator('.national-withheld', { hasText: `The ${DEMO_YEAR} survey round is in progress` });
    await notice.waitFor();
    await notice.locator('summary', { hasText: 'Why is the figure not shown?' }).click();
    await notice.getByText(/^The survey round is in progress\./).waitFor();
    await notice.getByRole('link', { name: `Show ${PUBLISHED_YEAR}, the latest round with results` }).waitFor();
    await expectNoAxeViolations(page);
  });
});
