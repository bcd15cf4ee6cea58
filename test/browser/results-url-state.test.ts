import type { Page } from 'playwright-core';
import { beforeAll, expect, test } from 'vitest';
import { DEMO_PAST_YEARS, seedDemoData } from '#server/demo/seed';
import { createUser } from '../support/auth';
import { expectNoAxeViolations } from './support/axe';
import { describeBrowser, useBrowser } from './support/browser';
import { useBrowserTestServer } from './support/server';
import { logInByCookie } from './support/session';

const PUBLISHED_YEAR = DEMO_PAST_YEARS[DEMO_PAST_YEARS.length - 1]!;
const EARLIER_YEAR = DEMO_PAST_YEARS[DEMO_PAST_YEARS.length - 2]!;

describeBrowser('results views in the address', () => {
  const server = useBrowserTestServer();
  const browser = useBrowser();

  beforeAll(async () => {
    // The demo: three published rounds and the open one.
    await seedDemoData(server.app.db, { info: () => undefined });
  });

  async function pageAs(roles: Parameters<typeof createUser>[1]): Promise<Page> {
    const user = await createUser(server.app, roles);
    const page = await browser.newPage();
    await logInByCookie(page, server, user);
    return page;
  }

  const query = (page: Page) => new URL(page.url()).searchParams;

  /** Invited and submitted organisations of a round, in a county or all: what the response summary shows for that view. */
  async function expectedCounts(year: number, county?: string, type?: 'kommun'): Promise<string[]> {
    const db = server.app.db;
    const invited = await db
      .selectFrom('round_invitation')
      .innerJoin('round', 'round.id', 'round_invitation.round_id')
      .innerJoin('organisation', 'organisation.id', 'round_invitation.organisation_id')
      .select((eb) => eb.fn.countAll<string>().as('count'))
      .where('round.year', '=', year)
      .$if(county !== undefined, (qb) => qb.where('organisation.county_code', '=', county!))
      .$if(type !== undefined, (qb) => qb.where('organisation.type', '=', type!))
      .executeTakeFirstOrThrow();
    const submitted = await db
      .selectFrom('response')
      .innerJoin('round', 'round.id', 'response.round_id')
      .innerJoin('organisation', 'organisation.id', 'response.organisation_id')
      .select((eb) => eb.fn.countAll<string>().as('count'))
      .where('round.year', '=', year)
      .where('response.status', '=', 'submitted')
      .$if(county !== undefined, (qb) => qb.where('organisation.county_code', '=', county!))
      .$if(type !== undefined, (qb) => qb.where('organisation.type', '=', type!))
      .executeTakeFirstOrThrow();
    return [String(invited.count), String(submitted.count)];
  }

  test('the national overview: round and filters survive reload, back/forward and a shared link; invalid values fall back quietly', async () => {
    const page = await pageAs([{ role: 'analyst' }]);
    const form = page.getByRole('form', { name: 'Urval' });
    const round = form.getByLabel('Enkätomgång');
    const county = form.getByLabel('Län');
    const orgType = form.getByLabel('Organisationstyp');
    const drafts = form.getByRole('checkbox');
    /**
     * Waits until the page shows the round and county (selects and figures alike). `withheld`: the
     * submitted count is withheld in this view (submitted-only next to its published-basis twin).
     */
    async function expectView(year: number, countyCode?: string, { type, withheld }: { type?: 'kommun'; withheld?: boolean } = {}) {
      const [invited, counted] = await expectedCounts(year, countyCode, type);
      const submitted = withheld ? '–visas ej' : counted;
      const summary = page.getByRole('region', { name: 'Svarsfrekvens' }).locator('dd');
      await page.waitForFunction(
        ([a, b]) => {
          const cells = [...document.querySelectorAll('.results-summary dd')].map((dd) => dd.textContent);
          return cells[0] === a && cells[1] === b;
        },
        [invited, submitted],
      );
      expect(await summary.first().innerText()).toBe(invited);
      expect(await round.inputValue()).toBe(String(year));
      expect(await county.inputValue()).toBe(countyCode ?? '');
      await page.getByRole('columnheader', { name: 'Andel ja av alla inbjudna' }).waitFor();
    }

    await page.goto(server.url('/nationellt'));
    await expectView(PUBLISHED_YEAR);

    // Another round: a history entry of its own.
    await round.selectOption(String(EARLIER_YEAR));
    await page.waitForURL((url) => url.searchParams.get('ar') === String(EARLIER_YEAR));
    await expectView(EARLIER_YEAR);

    // A county, applied with the button: the filters go into the address too (the default basis is left out).
    await county.selectOption('01');
    await form.getByRole('button', { name: 'Visa', exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('lan') === '01');
    await expectView(EARLIER_YEAR, '01');
    expect(query(page).get('underlag')).toBeNull();
    await expectNoAxeViolations(page);

    // Reload: the same view.
    await page.reload();
    await expectView(EARLIER_YEAR, '01');

    // Back: the round without the county; back again: the default round; forward: the round again.
    await page.goBack();
    await page.waitForURL((url) => !url.searchParams.has('lan'));
    await expectView(EARLIER_YEAR);
    await page.goBack();
    await page.waitForURL((url) => !url.searchParams.has('ar'));
    await expectView(PUBLISHED_YEAR);
    await page.goForward();
    await expectView(EARLIER_YEAR);

    // A shared link, opened directly: round, county, type and the submitted-only basis.
    await page.goto(server.url(`/nationellt?ar=${EARLIER_YEAR}&lan=01&typ=kommun&underlag=inskickade`));
    await expectView(EARLIER_YEAR, '01', { type: 'kommun', withheld: true });
    expect(await orgType.inputValue()).toBe('kommun');
    expect(await drafts.isChecked()).toBe(false);
    await expectNoAxeViolations(page);
    // The published basis again leaves the parameter out (it is the default); the other filters stay.
    await drafts.check();
    await form.getByRole('button', { name: 'Visa', exact: true }).click();
    await page.waitForURL((url) => !url.searchParams.has('underlag'));
    expect(query(page).get('typ')).toBe('kommun');
    expect(query(page).get('lan')).toBe('01');

    // Nonsense in the address: the defaults, no error.
    await page.goto(server.url('/nationellt?ar=1999&lan=xx&typ=nope&attribut=kommungrupp&underlag=alla'));
    await expectView(PUBLISHED_YEAR);
    expect(await orgType.inputValue()).toBe('');
    expect(await form.getByLabel('Grupperingsattribut').inputValue()).toBe('');
    expect(await drafts.isChecked()).toBe(true);
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.goto(server.url('/nationellt?ar=2025x&lan=99&attribut=Bad&varde=x'));
    await expectView(PUBLISHED_YEAR);
    expect(await page.getByRole('alert').count()).toBe(0);
  });

  test("the results page's round survives reload, back and a shared link; an unknown year falls back quietly", async () => {
    const page = await pageAs([{ role: 'viewer', organisationCode: '0180' }]);
    const round = page.getByLabel('Enkätomgång');
    await page.goto(server.url('/resultat'));
    await page.getByRole('heading', { level: 1, name: 'Resultat för Stockholm' }).waitFor();
    const start = await round.inputValue();
    expect(start).not.toBe(String(EARLIER_YEAR));

    await round.selectOption(String(EARLIER_YEAR));
    await page.waitForURL((url) => url.searchParams.get('ar') === String(EARLIER_YEAR));
    await page.getByText(`Enkätomgång ${EARLIER_YEAR}:`).waitFor();
    await expectNoAxeViolations(page);

    await page.reload();
    await page.getByText(`Enkätomgång ${EARLIER_YEAR}:`).waitFor();
    expect(await round.inputValue()).toBe(String(EARLIER_YEAR));

    await page.goBack();
    await page.waitForURL((url) => !url.searchParams.has('ar'));
    await page.getByText(`Enkätomgång ${start}:`).waitFor();
    expect(await round.inputValue()).toBe(start);
    await page.goForward();
    await page.getByText(`Enkätomgång ${EARLIER_YEAR}:`).waitFor();

    // A shared link, opened directly.
    await page.goto(server.url(`/resultat?ar=${DEMO_PAST_YEARS[0]}`));
    await page.getByText(`Enkätomgång ${DEMO_PAST_YEARS[0]}:`).waitFor();
    expect(await round.inputValue()).toBe(String(DEMO_PAST_YEARS[0]));
    await expectNoAxeViolations(page);

    // A year the organisation has no round in, or no year at all: the default round, no error.
    for (const wrong of ['1999', 'abc']) {
      await page.goto(server.url(`/resultat?ar=${wrong}`));
      await page.getByText(`Enkätomgång ${start}:`).waitFor();
      expect(await round.inputValue()).toBe(start);
      expect(await page.getByRole('alert').count()).toBe(0);
    }
  });
});
