import type { Page } from 'playwright-core';
import { headingWordBreaks } from './support/layout';
import { pdfPages, printToPdf } from './support/pdf';
import { beforeAll, expect, test } from 'vitest';
import type { Report } from '#shared/api/reports';
import { formatN, formatPercent } from '#shared/report/numbers';
import { responseSummarySentence } from '#shared/report/phrasing';
import { yesSentence } from '#shared/report/sentences';
import { DEMO_PAST_YEARS, seedDemoData } from '#server/demo/seed';
import { DEMO_YEAR } from '#server/seed/demo-round';
import { createUser, login } from '../support/auth';
import { expectNoAxeViolations } from './support/axe';
import { describeBrowser, useBrowser } from './support/browser';
import { useBrowserTestServer } from './support/server';
import { logInByCookie } from './support/session';

const PUBLISHED = DEMO_PAST_YEARS.at(-1)!;
const NOT_FOUND_CONSOLE = [/status of 404/];

const compact = (text: string) => text.replace(/\s+/g, '');

describeBrowser('the national report', () => {
  const server = useBrowserTestServer();
  const browser = useBrowser();
  let report: Report;

  beforeAll(async () => {
    await seedDemoData(server.app.db, { info: () => undefined });
    const response = await server.app.inject({ method: 'GET', url: `/api/reports/${PUBLISHED}` });
    report = response.json<Report>();
  });

  async function openReport(page: Page, year = PUBLISHED, status = 200): Promise<void> {
    const response = await page.goto(server.url(`/rapport/${year}`));
    // The page of a round that is not published answers 404 (analysts still get their preview in it).
    expect(response?.status()).toBe(status);
    await page.getByRole('heading', { level: 1, name: `Kommunernas informationssäkerhetsarbete ${year}` }).waitFor();
  }

  test('renders for anyone: cover, contents, the sentences written from the figures, axe clean; an unpublished year is not found', async () => {
    const page = await browser.newPage();
    await openReport(page);
    const contents = page.getByRole('navigation', { name: 'Innehåll' });
    const links = contents.getByRole('link');
    expect(await links.count()).toBe(4 + report.areas.length);
    expect(await links.first().innerText()).toBe('Sammanfattning');

    // The sentences are those shared/report writes from the API's figures.
    const summary = page.getByRole('region', { name: /Sammanfattning/ });
    await summary
      .getByText(
        responseSummarySentence(
          { invited: report.summary.invited, complete: report.summary.complete, partial: report.summary.partial, missing: report.summary.missing },
          'sv',
        ),
      )
      .waitFor();
    const ciso = report.areas.find((area) => area.key === 'ciso')!;
    const cisoSection = page.locator('#omrade-ciso');
    await cisoSection.getByText(yesSentence(ciso.figures, report.summary.invited, ciso.mainQuestion.sv, 'sv')).waitFor();
    expect(await cisoSection.getByText(/befinner sig på nivå \d inom området/).count()).toBe(1);

    // Figures and tables are numbered in order; every chart is followed by its table.
    const figureNumbers = await page.locator('figcaption .report-number').allInnerTexts();
    expect(figureNumbers[0]).toBe('Figur 1.');
    expect(figureNumbers.map((text) => Number(/\d+/.exec(text)![0]))).toEqual(figureNumbers.map((_, index) => index + 1));
    const tableNumbers = await page.locator('caption .report-number').allInnerTexts();
    expect(tableNumbers.map((text) => Number(/\d+/.exec(text)![0]))).toEqual(tableNumbers.map((_, index) => index + 1));
    await page.getByText(`publicerad den`, { exact: false }).first().waitFor();

    await expectNoAxeViolations(page);

    // English through the existing language switch.
    await page.getByRole('button', { name: /English/ }).click();
    await page.getByRole('heading', { level: 1, name: `Information security in Swedish municipalities ${PUBLISHED}` }).waitFor();
    await page
      .locator('#omrade-ciso')
      .getByText(yesSentence(ciso.figures, report.summary.invited, ciso.mainQuestion.en, 'en'))
      .waitFor();

    const other = await browser.newPage({ allowConsoleErrors: NOT_FOUND_CONSOLE });
    expect((await other.goto(server.url(`/rapport/${DEMO_YEAR}`)))?.status()).toBe(404);
    await other.getByText(`Det finns ingen publicerad rapport för ${DEMO_YEAR}.`).waitFor();
  });

  test('reflows at 320 px: nothing but a table region scrolls sideways', async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 800 } });
    await openReport(page);
    const overflow = await page.evaluate(() => {
      const width = window.innerWidth;
      return Array.from(document.querySelectorAll('.report *'))
        .filter((element) => !element.closest('.table-scroll') && element.getBoundingClientRect().right > width + 1)
        .map((element) => element.tagName + '.' + String(element.getAttribute('class')));
    });
    expect(overflow).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });

  test('the cover title breaks between words or at a soft hyphen, never elsewhere in a word, on a phone', async () => {
    for (const width of [320, 390]) {
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      await openReport(page);
      expect(await headingWordBreaks(page, '.report-cover h1'), `at ${width} px`).toEqual([]);
      await page.close();
    }
  });

  test('the county map: every county a keyboard stop naming its figure, withheld counties hatched and marked, the table alternative', async () => {
    const page = await browser.newPage();
    await openReport(page);
    const map = page.getByTestId('county-map');
    const counties = map.locator('path');
    expect(await counties.count()).toBe(21);

    // From the area choice, Tab reaches the counties one by one.
    await page.getByLabel('Område på kartan').focus();
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => document.activeElement?.getAttribute('data-code'));
    expect(first).toBe('01');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-code'))).toBe('03');
    const focusedLabel = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    expect(focusedLabel).toMatch(/^Uppsala län: /);
    // The focused county is outlined and named beside the map.
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).strokeWidth)).toBe('2.5px');
    await page.locator('.report-map__current', { hasText: focusedLabel! }).waitFor();

    // Each county's name on the map equals its row in the table; withheld ones read "..", never 0.
    const table = page.getByRole('table', { name: /Andel ja per län/ });
    const labels = await counties.evaluateAll((paths) =>
      paths.map((p) => [p.getAttribute('data-code'), p.getAttribute('aria-label'), p.getAttribute('data-withheld'), p.getAttribute('fill')]),
    );
    const ciso = report.counties.map((county) => ({ code: county.code, name: county.name, area: county.areas.find((a) => a.key === 'ciso')! }));
    let withheld = 0;
    for (const [code, label, isWithheld, fill] of labels) {
      const county = ciso.find((c) => c.code === code)!;
      const row = table.getByRole('row', { name: new RegExp(`^${county.name} `) });
      const cells = await row.getByRole('cell').allInnerTexts();
      if (county.area.suppressed) {
        withheld++;
        expect(isWithheld).toBe('true');
        expect(fill).toMatch(/^url\(#/);
        expect(label).toBe(`${county.name}: uppgiften redovisas inte`);
        expect(cells).toEqual(['..', '..']);
      } else {
        expect(isWithheld).toBeNull();
        const share = formatPercent(county.area.yes!, county.area.answered!, 'sv');
        expect(label).toBe(`${county.name}: ${share} ja (${formatN(county.area.answered!, 'sv')})`);
        expect(cells[0]).toBe(share);
        expect(Number(cells[1])).toBe(county.area.answered);
      }
    }
    expect(withheld).toBeGreaterThan(0);
    expect(await map.locator('.report-map__mark').count()).toBe(withheld);

    // Another area redraws the map and the table.
    const management = report.areas.find((area) => area.key === 'management')!.title.sv;
    await page.getByLabel('Område på kartan').selectOption('management');
    await page.getByRole('table', { name: `Tabell 3. Andel ja per län: ${management}` }).waitFor();
  });

  test('prints as an A4 report: cover and contents on their own pages, a page per section, no table cut across pages', async () => {
    const page = await browser.newPage();
    await openReport(page);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(
      await page
        .locator('.report-section')
        .first()
        .evaluate((element) => getComputedStyle(element).breakBefore),
    ).toBe('page');
    const pdf = await printToPdf(page, { format: 'A4', preferCSSPageSize: true, printBackground: true });
    const pages = await pdfPages(pdf);
    const sections = 4 + report.areas.length;
    // Cover, contents, then at least one page per section (a section may run over more).
    expect(pages.length).toBeGreaterThanOrEqual(2 + sections);
    expect(pages.length).toBeLessThanOrEqual(2 + sections * 3);
    expect(pages[0]).toContain(compact(`Kommunernas informationssäkerhetsarbete ${PUBLISHED}`));
    expect(pages[1]).toContain('Innehåll');
    // Each section starts a page of its own.
    const headings = await page.locator('.report-section h2').allInnerTexts();
    for (const heading of headings)
      expect(
        pages.some((text) => text.startsWith(compact(heading))),
        `${heading} starts a page`,
      ).toBe(true);

    // A table is whole on one page: its caption and its last row's header stand on the same page, in that order, with no other caption between.
    const tables = await page.locator('table.report-table').evaluateAll((elements) =>
      elements.map((table) => ({
        number: table.querySelector('caption .report-number')?.textContent ?? '',
        lastRow: table.querySelector('tbody tr:last-child th')?.textContent ?? '',
      })),
    );
    expect(tables.length).toBeGreaterThan(20);
    for (const { number, lastRow } of tables) {
      const caption = compact(number);
      const index = pages.findIndex((text) => text.includes(caption));
      expect(index, `${number} is in the PDF`).toBeGreaterThanOrEqual(0);
      const text = pages[index]!;
      const after = text.slice(text.indexOf(caption) + caption.length);
      const nextCaption = after.search(/(Tabell|Figur)\d+\./);
      const body = nextCaption === -1 ? after : after.slice(0, nextCaption);
      expect(body, `${number} ends on the page it starts on`).toContain(compact(lastRow));
    }
  });

  test('analysts preview a closed round, comment beside the text, and the published report shows the commentary and who published it', async () => {
    // Close the current round (the demo's open one) as an administrator would.
    await server.app.db.updateTable('round').set({ state: 'closed' }).where('year', '=', DEMO_YEAR).execute();
    const analyst = await createUser(server.app, [{ role: 'analyst' }]);
    const page = await browser.newPage({ allowConsoleErrors: NOT_FOUND_CONSOLE });
    await logInByCookie(page, server, analyst);
    await openReport(page, DEMO_YEAR, 404);
    await page.getByText('Förhandsvisning: rapporten är inte publicerad.').waitFor();
    const summary = page.locator('#sammanfattning');
    const field = summary.getByLabel('Kommentar till avsnittet');
    await field.fill('Svarsfrekvensen är den högsta hittills.');
    await summary.getByRole('button', { name: 'Spara kommentaren' }).click();
    await summary.getByRole('status').getByText('Kommentaren är sparad.').waitFor();
    await summary
      .getByRole('complementary', { name: 'Analytikernas kommentar' })
      .locator('p', { hasText: 'Svarsfrekvensen är den högsta hittills.' })
      .waitFor();
    await expectNoAxeViolations(page);

    const admin = await createUser(server.app, [{ role: 'admin' }], { name: 'Ada Administratör' });
    const publish = await server.app.inject({
      method: 'POST',
      url: `/api/admin/rounds/${DEMO_YEAR}/state`,
      headers: { cookie: await login(server.app, admin.email, admin.password), origin: new URL(server.app.config.publicUrl).origin },
      payload: { state: 'published' },
    });
    expect(publish.statusCode, publish.body).toBe(200);

    const reader = await browser.newPage();
    await openReport(reader, DEMO_YEAR);
    await reader.getByText(/^Publicerad den .+ av Ada Administratör$/).waitFor();
    await reader
      .locator('#sammanfattning')
      .getByRole('complementary', { name: 'Analytikernas kommentar' })
      .getByText('Svarsfrekvensen är den högsta hittills.')
      .waitFor();
    expect(await reader.getByLabel('Kommentar till avsnittet').count()).toBe(0);
  });
});
