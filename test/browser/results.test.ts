import type { Page } from 'playwright-core';
import { beforeAll, expect, test } from 'vitest';
import { seedDemoData } from '#server/demo/seed';
import type { OrganisationResults } from '#shared/api/results';
import { createUser } from '../support/auth';
import { expectNoAxeViolations } from './support/axe';
import { describeBrowser, useBrowser } from './support/browser';
import { useBrowserTestServer } from './support/server';
import { logInByCookie } from './support/session';
import { scrollPastEveryChart } from './support/charts';
import { pdfPages, printToPdf } from './support/pdf';

type Language = 'sv' | 'en';

describeBrowser('results', () => {
  const server = useBrowserTestServer();
  const browser = useBrowser();

  beforeAll(async () => {
    // Real data through the real import: three published rounds and the open one.
    await seedDemoData(server.app.db, { info: () => undefined });
    // This file's own grouping instead of the demo's invented kommungrupp.
    await server.app.db.deleteFrom('organisation_attribute').execute();
    // A grouping attribute for the county's municipalities, so Stockholm has all three comparison groups (the widest report).
    const county = await server.app.db.selectFrom('organisation').select('id').where('county_code', '=', '01').execute();
    await server.app.db
      .insertInto('organisation_attribute')
      .values(county.map((o) => ({ organisation_id: o.id, attribute: 'kommungrupp', value: 'A1' })))
      .execute();
  });

  async function pageAs(roles: Parameters<typeof createUser>[1], language: Language = 'sv'): Promise<Page> {
    const user = await createUser(server.app, roles);
    const page = await browser.newPage();
    if (language === 'en') await page.addInitScript(() => window.localStorage.setItem('mognad.language', 'en'));
    await logInByCookie(page, server, user);
    return page;
  }

  /** The newest year in which the organisation has a submitted response. */
  async function newestSubmittedYear(code: string): Promise<number> {
    const row = await server.app.db
      .selectFrom('response')
      .innerJoin('round', 'round.id', 'response.round_id')
      .innerJoin('organisation', 'organisation.id', 'response.organisation_id')
      .select('round.year')
      .where('organisation.code', '=', code)
      .where('response.status', '=', 'submitted')
      .orderBy('round.year', 'desc')
      .executeTakeFirstOrThrow();
    return row.year;
  }

  /** Text as a reader sees it: any run of spaces (Intl's no-break space included) as one space. */
  const spaced = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

  /**
   * The comparison shows, per area and group, the share at the target level or
   * higher with its n, checked against the figures the API gives the page
   * (never a hard-coded figure); the own level is a marker, not a link.
   */
  async function expectComparisonAsShares(page: Page, year: number) {
    const organisation = await server.app.db.selectFrom('organisation').select('id').where('code', '=', '0180').executeTakeFirstOrThrow();
    const response = await page.request.get(server.url(`/api/organisations/${organisation.id}/results?year=${year}&lang=sv`));
    const results = (await response.json()) as OrganisationResults;
    const target = results.summary.targetLevel;
    expect(results.comparisons.map((group) => group.kind)).toEqual(['national', 'county', 'attribute']);
    const comparison = page.getByRole('region', { name: 'Jämförelse med andra' });
    const table = comparison.getByRole('table', { name: new RegExp(`^Andel som har nått nivå ${target} eller högre`) });
    await table.waitFor();
    const headers = (await table.getByRole('columnheader').allInnerTexts()).map(spaced);
    expect(headers).toEqual(['Område', 'Er nivå', 'Hela landet', 'Stockholms län', 'Liknande kommuner (kommungrupp A1, storstäder)']);
    const shown = await table.locator('tbody tr').evaluateAll((rows) =>
      rows.map((row) => ({
        title: row.querySelector('th')?.textContent ?? '',
        values: Array.from(row.querySelectorAll('.area-table__value'), (value) => value.textContent ?? ''),
      })),
    );
    const expected = results.areas.map((area) => {
      const own = area.level === null ? 'Ingen nivå' : `Nivå ${area.level}, ${area.level >= target ? 'målet nått' : 'under målet'}`;
      const shares = area.comparison.map((counts) => {
        if (counts === null) return '–visas ej';
        const n = counts['1'] + counts['2'] + counts['3'] + counts['4'];
        const reached = (['1', '2', '3', '4'] as const).filter((level) => Number(level) >= target).reduce((sum, level) => sum + counts[level], 0);
        return `${Math.round((100 * reached) / n)} % av ${n}`;
      });
      return { title: area.title, values: [own, ...shares] };
    });
    expect(shown.map((row) => ({ title: spaced(row.title), values: row.values.map(spaced) }))).toEqual(expected);
    // Every group is shown here (the withheld case: test/browser/withheld-figures.test.ts).
    expect(expected.flatMap((row) => row.values).filter((value) => value.startsWith('–'))).toEqual([]);
    // The own level is marked, but not like a link.
    const marker = table.locator('.own-level').first();
    expect(await marker.evaluate((element) => getComputedStyle(element).textDecorationLine)).toBe('none');
  }

  test('a municipality sees its levels, comparisons and history, with tables for every chart', async () => {
    const page = await pageAs([{ role: 'viewer', organisationCode: '0180' }]);
    await page.goto(server.url('/resultat'));
    await page.getByRole('heading', { level: 1, name: 'Resultat för Stockholm' }).waitFor();
    // The round picker starts at the newest round with a submitted response, not at the open round.
    expect(await page.getByLabel('Enkätomgång').inputValue()).toBe(String(await newestSubmittedYear('0180')));
    await page.getByRole('table', { name: 'Nivå per område', exact: true }).waitFor();
    expect(await page.getByRole('table', { name: 'Nivå per område', exact: true }).getByRole('row').count()).toBe(11);
    await page.getByRole('heading', { level: 2, name: 'Jämförelse med andra' }).waitFor();
    await expectComparisonAsShares(page, await newestSubmittedYear('0180'));
    await page.getByRole('table', { name: 'Nivå per område och år' }).waitFor();
    // Year over year as small multiples: one compact chart per area.
    await scrollPastEveryChart(page);
    await page.locator('.results-multiples__item svg').first().waitFor();
    expect(await page.locator('.results-multiples__item').count()).toBe(10);
    await page.getByRole('button', { name: 'Skriv ut underlag för ledningens genomgång' }).waitFor();
    await expectNoAxeViolations(page);

    await page.getByLabel('Enkätomgång').selectOption('2023');
    await page.getByText('Enkätomgång 2023:').waitFor();
    await expectNoAxeViolations(page);
  });

  test('the results page in English passes axe', async () => {
    const page = await pageAs([{ role: 'viewer', organisationCode: '0180' }], 'en');
    await page.goto(server.url('/resultat'));
    await page.getByRole('heading', { level: 1, name: 'Results for Stockholm' }).waitFor();
    await scrollPastEveryChart(page);
    await page.locator('.results-multiples__item svg').first().waitFor();
    await expectNoAxeViolations(page);
  });

  for (const language of ['sv', 'en'] as const) {
    test(`the management review prints its results on one A4 page, the action plan after them (${language})`, async () => {
      const page = await pageAs([{ role: 'viewer', organisationCode: '0180' }], language);
      await page.goto(server.url('/resultat'));
      await scrollPastEveryChart(page);
      await page.locator('.results-multiples__item svg').first().waitFor();
      await page.emulateMedia({ media: 'print' });
      await page.locator('.results-report-header').waitFor();
      expect(await page.locator('nav').first().isVisible()).toBe(false);
      expect(await page.locator('.results-controls').isVisible()).toBe(false);
      // The comparison prints as it shows on screen: one table of shares with n, a column per group.
      await page.getByRole('table', { name: /^Andel som har nått nivå 3|^Share that have reached level 3/ }).waitFor();
      // On paper the own level is in the levels table just above: area and the three groups.
      expect(await page.locator('.results-comparison__table thead th:visible').count()).toBe(4);
      expect(spaced(await page.locator('.results-comparison__table tbody tr').first().locator('td:visible').first().innerText())).toMatch(
        /^\d+ ?% (av|of) \d+$/,
      );
      // The plan (docs/decisions/0016) starts a page of its own: the results stay one page for the meeting's table.
      const pages = await pdfPages(await printToPdf(page));
      const planHeading = language === 'sv' ? 'Handlingsplanochuppföljning' : 'Actionplanandfollow-up';
      expect(pages[0]).not.toContain(planHeading);
      expect(pages[1]).toContain(planHeading);
    });
  }

  test('an analyst sees the national overview with both denominators, distributions per area, trends, cross-tab and status list', async () => {
    const page = await pageAs([{ role: 'analyst' }]);
    await page.goto(server.url('/nationellt'));
    await page.getByRole('heading', { level: 1, name: 'Nationell översikt' }).waitFor();
    // It opens on the newest round with figures, not on the open round (test/browser/withheld-figures.test.ts).
    await page.getByRole('columnheader', { name: 'Andel ja av alla inbjudna' }).waitFor();
    await page.getByRole('columnheader', { name: 'Andel ja av dem som svarat' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Genomförandegrad och mognadsnivåer per område' }).waitFor();
    expect(await page.locator('.national-area').count()).toBe(10);
    // Below the first screens, every section's heading is there from the start; what is under it renders when the
    // reader comes near it (docs/decisions/0033): until then a button says what it holds. The page passes axe so too.
    for (const name of ['Korstabulering av två områden', 'Utveckling mellan omgångar', 'Inbjudna organisationer och svarsstatus']) {
      await page.getByRole('heading', { level: 2, name }).waitFor();
    }
    await page.getByRole('button', { name: 'Visa listan över inbjudna organisationer' }).waitFor();
    expect(await page.getByRole('button', { name: /^Visa tabeller och diagram för / }).count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page);
    await scrollPastEveryChart(page);
    const levelTables = page.getByRole('table', { name: /^Mognadsnivå bland organisationer med en nivå i området \(n = \d+\)$/ });
    const followupTables = page.getByRole('table', { name: /^Genomförandegrad bland dem som svarat ja och besvarat följdfrågan \(n = \d+\)$/ });
    // Every area's two tables, each with its chart.
    expect(await levelTables.count()).toBe(10);
    expect(await followupTables.count()).toBe(10);
    // A distribution of nothing (n = 0) has its table and no chart.
    const captions = await page.locator('.national-distribution caption').allTextContents();
    expect(captions).toHaveLength(20);
    expect(await page.locator('.national-distribution svg').count()).toBe(captions.filter((caption) => !/\(n = 0\)$/.test(caption)).length);
    expect(await page.locator('.lazy-section--pending').count()).toBe(0);
    await page.getByRole('heading', { level: 2, name: 'Utveckling mellan omgångar' }).waitFor();
    // The trend chart: one small chart per area, in the tables' order.
    const trends = page.getByRole('region', { name: 'Utveckling mellan omgångar' });
    await scrollPastEveryChart(page);
    await trends.locator('.results-multiples__item svg').first().waitFor();
    const tableOrder = (await trends.getByRole('table').first().getByRole('rowheader').allTextContents()).map(spaced);
    expect(tableOrder).toHaveLength(10);
    expect((await trends.locator('.results-multiples__item figcaption').allTextContents()).map(spaced)).toEqual(tableOrder);
    expect((await page.getByRole('region', { name: 'Svar per område' }).getByRole('rowheader').allTextContents()).map(spaced)).toEqual(tableOrder);
    await page.getByRole('heading', { level: 2, name: 'Korstabulering av två områden' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Inbjudna organisationer och svarsstatus' }).waitFor();
    await page.getByRole('link', { name: 'Resultat som CSV' }).waitFor();
    await expectNoAxeViolations(page);

    // The page's map: a link per section takes the reader there without scrolling past every area.
    const contents = page.getByRole('navigation', { name: 'Innehåll på sidan' });
    expect(await contents.getByRole('link').allInnerTexts()).toEqual([
      'Svarsfrekvens',
      'Svar per område',
      'Genomförandegrad och mognadsnivåer per område',
      'Korstabulering av två områden',
      'Utveckling mellan omgångar',
      'Exportera',
      'Inbjudna organisationer och svarsstatus',
    ]);
    await contents.getByRole('link', { name: 'Inbjudna organisationer och svarsstatus' }).click();
    await page.waitForFunction(() => {
      const top = document.getElementById('status-heading')?.getBoundingClientRect().top ?? -1;
      return top >= 0 && top < window.innerHeight;
    });

    // The status list filters in the browser, and its caption says how many rows it shows.
    const status = page.getByRole('region', { name: 'Inbjudna organisationer och svarsstatus' });
    await status.getByLabel('Status').selectOption('');
    await status.getByRole('table', { name: 'Visar 290 av 290 inbjudna organisationer' }).waitFor();
    await status.getByLabel('Län').selectOption({ label: 'Gotlands län' });
    await status.getByRole('table', { name: 'Visar 1 av 290 inbjudna organisationer' }).waitFor();
    expect(await status.getByRole('row').count()).toBe(2);

    // Gotland alone is too small a group to show.
    await page.getByRole('form', { name: 'Urval' }).getByLabel('Län').selectOption({ label: 'Gotlands län' });
    await page.getByRole('button', { name: 'Visa', exact: true }).click();
    await page.getByText('Antalet svar visas inte för det här urvalet.').waitFor();
    await page.getByText('Varför visas inte siffran?').first().waitFor();
    // The export links (apiUrl) carry the filters shown, the format and the language.
    const csv = new URL((await page.getByRole('link', { name: 'Resultat som CSV' }).getAttribute('href')) ?? '', server.url('/'));
    expect(csv.pathname).toMatch(/^\/api\/rounds\/\d{4}\/aggregates\/export$/);
    expect(Object.fromEntries(csv.searchParams)).toMatchObject({ county: '09', format: 'csv', lang: 'sv' });
    await expectNoAxeViolations(page);
  });

  test('the national overview: showing the improvement figures keeps the page on screen while their texts come', async () => {
    const page = await pageAs([{ role: 'analyst' }]);
    // The action plan's texts (namespace plan), which the improvement figures use, arrive slowly.
    await page.route(/\/assets\/plan-[\w-]+\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    await page.goto(server.url('/nationellt'));
    await page.locator('.national-area').first().waitFor();
    // Every frame until the figures are there: is the page's heading still shown (not the app's "Laddar…" in its place)?
    await page.evaluate(() => {
      const seen = ((window as unknown as { __headingHidden: boolean }).__headingHidden = false);
      const check = () => {
        if (!document.querySelector('h1')?.checkVisibility()) (window as unknown as { __headingHidden: boolean }).__headingHidden = true;
        if (!document.querySelector('[aria-labelledby="improvement-heading"] table')) requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
      return seen;
    });
    await page.getByRole('button', { name: 'Visa handlingsplaner och uppföljning' }).evaluate((button) => {
      (button as HTMLButtonElement).focus({ preventScroll: true });
    });
    await page.getByRole('table', { name: 'Handlingsplaner och uppföljning' }).waitFor();
    expect(await page.evaluate(() => (window as unknown as { __headingHidden: boolean }).__headingHidden)).toBe(false);
  });

  test('the national overview: a link and the keyboard reach what renders only when asked for', async () => {
    const page = await pageAs([{ role: 'analyst' }]);
    await page.setViewportSize({ width: 412, height: 823 });
    // A link from elsewhere to the status list, far down the page: the page opens there, with the list rendered.
    await page.goto(server.url('/nationellt#status-heading'));
    const status = page.getByRole('region', { name: 'Inbjudna organisationer och svarsstatus' });
    await status.getByRole('table', { name: /^Visar \d+ av 290 inbjudna organisationer$/ }).waitFor();
    // At the top of the screen, give or take the part of a pixel the scroll anchoring leaves as what is above renders.
    await page.waitForFunction(() => {
      const top = document.getElementById('status-heading')?.getBoundingClientRect().top ?? -2;
      return top > -1 && top < window.innerHeight;
    });
    // What is far from it has not rendered.
    await page.getByRole('button', { name: 'Visa tabeller och diagram för Information till ledningen' }).waitFor({ state: 'attached' });

    // A pressed button renders its part and leaves focus there, not further down the page.
    const area = page.getByRole('article', { name: 'Information till ledningen' });
    await area.getByRole('button', { name: 'Visa tabeller och diagram för Information till ledningen' }).evaluate((button) => {
      (button as HTMLButtonElement).focus({ preventScroll: true });
    });
    await area.getByRole('table').nth(1).waitFor();
    expect(await area.getByRole('table').count()).toBe(2);
    expect(await area.evaluate((element) => element.contains(document.activeElement))).toBe(true);

    /** Each Tab stop from the page's map to the first export link: what it is and what names it. */
    const tabStops = async () => {
      await page.getByRole('navigation', { name: 'Innehåll på sidan' }).getByRole('link').last().focus();
      const stops: string[] = [];
      for (let presses = 0; presses < 60; presses += 1) {
        await page.keyboard.press('Tab');
        // A part that has just rendered holds focus while its figures load (LazySection): Tab on once they are there.
        await page.waitForFunction(() => document.querySelector('.lazy-section .loading-message') === null);
        const stop = await page.evaluate(() => {
          const element = document.activeElement as HTMLElement;
          if (element.classList.contains('lazy-section')) return 'waited for its figures';
          const labelledBy = element.getAttribute('aria-labelledby');
          const name = labelledBy
            ? document.getElementById(labelledBy)?.textContent
            : ((element as HTMLSelectElement).labels?.[0]?.textContent ?? element.textContent);
          return `${element.tagName}: ${(name ?? '').trim().slice(0, 80)}`;
        });
        stops.push(stop);
        if (stop === 'A: Resultat som CSV') return stops;
      }
      throw new Error(`Tab never reached the export links: ${stops.join(' | ')}`);
    };
    // The keyboard: Tab goes through the parts not rendered yet in the order of the whole page, stopping at every
    // control in them and at nothing else — the same stops as on the page with everything rendered.
    await page.goto(server.url('/nationellt'));
    await page.locator('.national-area').first().waitFor();
    expect(await page.locator('.lazy-section--pending').count()).toBeGreaterThan(10);
    const lazily = await tabStops();
    await page.goto(server.url('/nationellt'));
    await page.locator('.national-area').first().waitFor();
    await scrollPastEveryChart(page);
    expect(await tabStops()).toEqual(lazily.filter((stop) => stop !== 'waited for its figures'));
    expect(lazily).toContain('SELECT: Första området');
    // And back: Shift+Tab from the export links into the trends above renders them and stops at their last control.
    await page.goto(server.url('/nationellt'));
    // (Focused without scrolling, so the trends are not brought near the screen and rendered by that.)
    await page.locator('.national-area').first().waitFor();
    await page.getByRole('link', { name: 'Resultat som CSV' }).evaluate((link) => (link as HTMLElement).focus({ preventScroll: true }));
    expect(await page.getByRole('button', { name: 'Visa utvecklingen mellan omgångar' }).count()).toBe(1);
    await page.keyboard.press('Shift+Tab');
    const trends = page.getByRole('region', { name: 'Utveckling mellan omgångar' });
    await trends.getByRole('table').first().waitFor();
    expect(await trends.evaluate((element) => element.contains(document.activeElement))).toBe(true);
    await expectNoAxeViolations(page);
  });

  test('the national overview in English passes axe', async () => {
    const page = await pageAs([{ role: 'analyst' }], 'en');
    await page.goto(server.url('/nationellt'));
    await page.getByRole('heading', { level: 1, name: 'National overview' }).waitFor();
    await scrollPastEveryChart(page);
    await page.locator('.national-distribution svg').first().waitFor();
    await page.getByRole('table', { name: /^Showing \d+ of 290 invited organisations$/ }).waitFor();
    await expectNoAxeViolations(page);
  });
});
