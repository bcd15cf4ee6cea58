import type { Page } from 'playwright-core';
import { beforeAll, expect, test } from 'vitest';
import { seedDemoData } from '#server/demo/seed';
import { DEMO_YEAR } from '#server/seed/demo-round';
import { createUser } from '../support/auth';
import { expectNoAxeViolations } from './support/axe';
import { describeBrowser, useBrowser } from './support/browser';
import { useBrowserTestServer } from './support/server';
import { logInByCookie } from './support/session';
import { scrollPastEveryChart } from './support/charts';
import { headingWordBreaks } from './support/layout';

/**
 * WCAG 2.1 1.4.10 Reflow: at 320 CSS px (and at a phone's 390) no page scrolls
 * sideways. A wide data table may scroll inside its own labelled region.
 */
const VIEWPORTS = [
  { width: 320, height: 800 },
  { width: 390, height: 844 },
];

type Overflow = { scrollWidth: number; innerWidth: number; culprits: string[] };

/** The page's horizontal overflow, with the outermost elements that stick out past the viewport (for a readable failure). */
function pageOverflow(page: Page): Promise<Overflow> {
  return page.evaluate(() => {
    const innerWidth = window.innerWidth;
    const culprits: string[] = [];
    for (const element of Array.from(document.body.querySelectorAll('*'))) {
      const rect = element.getBoundingClientRect();
      if (rect.width === 0 || rect.right <= innerWidth + 1) continue;
      // Report only the outermost offender, not every descendant of it.
      const parent = element.parentElement;
      if (parent && parent !== document.body && parent.getBoundingClientRect().right > innerWidth + 1) continue;
      // Content clipped inside a scroll region does not scroll the page (but something positioned out of it may).
      const region = element.parentElement?.closest('.table-scroll');
      if (region && getComputedStyle(element).position !== 'fixed') continue;
      const name = `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${element.className && typeof element.className === 'string' ? `.${element.className.trim().split(/\s+/).join('.')}` : ''}`;
      culprits.push(`${name} (right ${Math.round(rect.right)})`);
    }
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth, culprits: culprits.slice(0, 8) };
  });
}

async function expectNoPageScroll(page: Page, what: string) {
  const overflow = await pageOverflow(page);
  expect(
    overflow.scrollWidth,
    `${what} scrolls sideways at ${overflow.innerWidth} px: scrollWidth ${overflow.scrollWidth}; sticking out: ${overflow.culprits.join(', ')}`,
  ).toBeLessThanOrEqual(overflow.innerWidth + 1);
  expect(await headingWordBreaks(page), `${what}: headings broken inside a word at ${overflow.innerWidth} px`).toEqual([]);
}

/**
 * Every scroll region for a table has a name; one that scrolls can be reached
 * with the keyboard, and one whose table fits is no Tab stop. A caption is
 * read whole without scrolling: it wraps within its region.
 */
async function expectLabelledScrollRegions(page: Page) {
  // The regions measure themselves after layout: wait until every one agrees with its size.
  await page.waitForFunction(() =>
    Array.from(document.querySelectorAll('.table-scroll')).every(
      (element) => (element.getAttribute('tabindex') === '0') === element.scrollWidth > element.clientWidth,
    ),
  );
  const regions = await page.locator('.table-scroll').evaluateAll((elements) =>
    elements.map((element) => ({
      role: element.getAttribute('role'),
      labelled: Boolean(element.getAttribute('aria-labelledby') || element.getAttribute('aria-label')),
      captionCutAt: ((caption) => {
        if (!caption) return undefined;
        const cut = caption.getBoundingClientRect().right - element.getBoundingClientRect().right;
        return cut > 1 ? `${caption.textContent} (${Math.round(cut)} px past the region)` : undefined;
      })(element.querySelector('caption')),
    })),
  );
  for (const region of regions) expect(region).toEqual({ role: 'region', labelled: true, captionCutAt: undefined });
}

describeBrowser('reflow at narrow widths', () => {
  const server = useBrowserTestServer();
  const browser = useBrowser();
  const users = {} as Record<'respondent' | 'analyst' | 'admin', { email: string; password: string }>;

  beforeAll(async () => {
    // Real data: published rounds with results and the open demo round.
    await seedDemoData(server.app.db, { info: () => undefined });
    users.respondent = await createUser(
      server.app,
      [
        { role: 'respondent', organisationCode: '0180' },
        { role: 'viewer', organisationCode: '0180' },
      ],
      {
        email: 'a-rather-long-address.for-the-respondent@stockholmsstad.example.se',
      },
    );
    users.analyst = await createUser(server.app, [{ role: 'analyst' }]);
    users.admin = await createUser(server.app, [{ role: 'admin' }]);
  });

  /**
   * Each page is loaded once, at the narrowest width (where axe checks it too), then checked again at each wider width by
   * resizing the window, as zooming out does: the layout is CSS and the app's width-dependent parts follow resizes
   * (TableScroll's ResizeObserver, the survey's matchMedia listener). One page load per page instead of one per width.
   */
  async function atEachWidth(page: Page, check: (viewport: (typeof VIEWPORTS)[number]) => Promise<void>) {
    for (const viewport of VIEWPORTS) {
      await page.setViewportSize(viewport);
      await check(viewport);
    }
  }
  const narrowest = (viewport: (typeof VIEWPORTS)[number]) => viewport.width === VIEWPORTS[0]!.width;

  test(`the respondent's pages reflow at ${VIEWPORTS.map((viewport) => viewport.width).join(' and ')} px`, async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS[0] });
    await page.goto(server.url('/'));
    await page.getByRole('heading', { level: 1 }).waitFor();
    await atEachWidth(page, () => expectNoPageScroll(page, 'the start page'));
    await page.goto(server.url('/logga-in'));
    await page.locator('input[autocomplete="email"]').waitFor();
    await atEachWidth(page, () => expectNoPageScroll(page, 'the login page'));

    // The login form itself is tested in session.test.ts and account.test.ts: here the session comes as a cookie.
    await page.setViewportSize(VIEWPORTS[0]!);
    await logInByCookie(page, server, users.respondent);
    await page.goto(server.url('/enkat'));
    const open = page
      .locator('main')
      .getByRole('link', { name: /Öppna enkäten/ })
      .first();
    await open.waitFor();
    await atEachWidth(page, () => expectNoPageScroll(page, '/enkat'));
    await page.setViewportSize(VIEWPORTS[0]!);
    await open.click();
    await page.getByTestId('area-ciso').waitFor();
    await atEachWidth(page, async (viewport) => {
      await expectNoPageScroll(page, 'the survey form');
      if (narrowest(viewport)) await expectNoAxeViolations(page);
    });

    await page.setViewportSize(VIEWPORTS[0]!);
    await page.goto(server.url('/resultat'));
    const levelsTable = page.getByRole('table', { name: 'Nivå per område', exact: true });
    await levelsTable.waitFor();
    await scrollPastEveryChart(page);
    await page.locator('.results-multiples__item svg').first().waitFor();
    await atEachWidth(page, async (viewport) => {
      await expectNoPageScroll(page, '/resultat');
      await expectLabelledScrollRegions(page);
      // The levels table fits whole: its level column is not cut off behind a scroll.
      const levels = page.locator('.table-scroll').filter({ has: levelsTable });
      expect(await levels.evaluate((element) => element.scrollWidth - element.clientWidth)).toBeLessThanOrEqual(1);
      // The bar chart keeps room for its bars (the area names go above them on a phone).
      const track = await page.locator('.results-chart .bar-chart').first().boundingBox();
      expect(track?.width ?? 0).toBeGreaterThan(viewport.width / 2);
      const bar = await page.locator('.results-chart .bar-chart__bar').first().boundingBox();
      expect(bar?.width ?? 0).toBeGreaterThan(0);
      // The comparison's groups stack per area rather than being cut off.
      const comparison = page.getByRole('region', { name: 'Jämförelse med andra' });
      await comparison.getByRole('table').waitFor();
      expect(await comparison.locator('.table-scroll').evaluate((element) => element.scrollWidth - element.clientWidth)).toBeLessThanOrEqual(1);
      if (narrowest(viewport)) await expectNoAxeViolations(page);

      // The management review as printed (print media at a phone's width) does not scroll sideways either.
      await page.emulateMedia({ media: 'print' });
      await page.locator('.results-report-header').waitFor();
      await expectNoPageScroll(page, '/resultat printed');
      await page.emulateMedia({ media: 'screen' });
    });

    await page.setViewportSize(VIEWPORTS[0]!);
    await page.goto(server.url('/konto'));
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByText(users.respondent.email).first().waitFor();
    await atEachWidth(page, () => expectNoPageScroll(page, '/konto'));
  });

  test(`the analyst's national page reflows at ${VIEWPORTS.map((viewport) => viewport.width).join(' and ')} px`, async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS[0] });
    await logInByCookie(page, server, users.analyst);
    await page.goto(server.url('/nationellt'));
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.locator('table').first().waitFor();
    await scrollPastEveryChart(page);
    await page.locator('.national-distribution svg').first().waitFor();
    await scrollPastEveryChart(page);
    await page.locator('.results-multiples__item svg').first().waitFor();
    await atEachWidth(page, async (viewport) => {
      await expectNoPageScroll(page, '/nationellt');
      // The bar chart of areas keeps room for its bars on a phone (the area names go above them).
      const bar = await page.locator('.results-chart .bar-chart__track, .results-chart .bar-chart__bar').first().boundingBox();
      expect(bar?.width ?? 0).toBeGreaterThan(0);
      await expectLabelledScrollRegions(page);
      // Every table of areas fits its box on a phone (stacked per area): none is cut off behind a scroll.
      const areaTables = await page
        .locator('.area-table .table-scroll')
        .evaluateAll((elements) => elements.map((element) => element.scrollWidth - element.clientWidth));
      expect(areaTables.length).toBeGreaterThan(0);
      for (const overflow of areaTables) expect(overflow).toBeLessThanOrEqual(1);
      if (narrowest(viewport)) await expectNoAxeViolations(page);
    });
  });

  test(`the administrator's pages reflow at ${VIEWPORTS.map((viewport) => viewport.width).join(' and ')} px`, async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS[0] });
    await logInByCookie(page, server, users.admin);
    await page.goto(server.url(`/administration/omgangar/${DEMO_YEAR}`));
    await page.getByRole('heading', { level: 1, name: `Omgång ${DEMO_YEAR}` }).waitFor();
    await page.getByTestId('monitor-table').waitFor();
    await scrollPastEveryChart(page);
    await page.locator('.chart-box svg').first().waitFor();
    await atEachWidth(page, async (viewport) => {
      await expectNoPageScroll(page, 'the round monitor');
      await expectLabelledScrollRegions(page);
      if (narrowest(viewport)) await expectNoAxeViolations(page);
    });

    await page.setViewportSize(VIEWPORTS[0]!);
    await page.goto(server.url('/administration/organisationer'));
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.locator('table').first().waitFor();
    await atEachWidth(page, async () => {
      await expectNoPageScroll(page, '/administration/organisationer');
      await expectLabelledScrollRegions(page);
    });

    await page.setViewportSize(VIEWPORTS[0]!);
    await page.goto(server.url('/konto'));
    await page.getByRole('heading', { level: 1 }).waitFor();
    await atEachWidth(page, () => expectNoPageScroll(page, '/konto (administrator)'));
  });
});
