import { beforeAll, expect, test } from 'vitest';
import { SYSTEM_ACTOR } from '#server/audit/actor';
import { changeRoundState, createRound } from '#server/rounds/service';
import { expectNoAxeViolations } from './support/axe';
import { describeBrowser, useBrowser } from './support/browser';
import { useBrowserTestServer } from './support/server';

describeBrowser('open data page', () => {
  const server = useBrowserTestServer();
  const browser = useBrowser();
  const year = 2041;

  beforeAll(async () => {
    // A published round (and an open one, which the page must not list).
    for (const [y, states] of [
      [year, ['open', 'closed', 'published']],
      [year + 1, ['open']],
    ] as const) {
      await createRound(server.app.db, { year: y, opensAt: new Date(Date.UTC(y, 2, 1)), closesAt: new Date(Date.UTC(y, 5, 1)) }, SYSTEM_ACTOR);
      for (const state of states) await changeRoundState(server.app.db, y, state, SYSTEM_ACTOR);
    }
  });

  test('lists the published rounds’ files, the catalogue and the licence to anyone, in Swedish and English, without axe violations', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('/'));
    await page.getByRole('contentinfo').getByRole('link', { name: 'Öppna data' }).click();
    await page.getByRole('heading', { level: 1, name: 'Öppna data' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/oppna-data');
    expect(await page.title()).toBe('Öppna data – Mognad');

    const table = page.getByRole('table', { name: 'Öppna data per publicerad omgång' });
    await table.waitFor();
    expect(await table.getByRole('row').count()).toBe(2); // the header and the one published round
    const json = table.getByRole('link', { name: `${year} som JSON` });
    const csv = table.getByRole('link', { name: `${year} som CSV` });
    expect(await json.getAttribute('href')).toBe(server.url(`/oppna-data/${year}/aggregates.json`));
    expect(await csv.getAttribute('href')).toBe(server.url(`/oppna-data/${year}/aggregates.csv`));
    expect(await page.getByRole('link', { name: 'Katalogen (catalog.jsonld)' }).getAttribute('href')).toBe(server.url('/oppna-data/catalog.jsonld'));
    expect(await page.getByRole('link', { name: 'Läs licensen (CC0 1.0)' }).getAttribute('href')).toBe(
      'http://creativecommons.org/publicdomain/zero/1.0/',
    );
    await expectNoAxeViolations(page);

    // The links reach the server's files, not the client's page fallback.
    for (const [link, type] of [
      [json, 'application/json'],
      [csv, 'text/csv'],
    ] as const) {
      const response = await page.request.get((await link.getAttribute('href'))!);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toContain(type);
    }
    const open = await page.request.get(server.url(`/oppna-data/${year + 1}/aggregates.json`));
    expect(open.status()).toBe(404);

    await page.getByRole('button', { name: 'Change language to English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Open data' }).waitFor();
    await page.getByRole('link', { name: `${year} as CSV` }).waitFor();
    await expectNoAxeViolations(page);
  });

  test('reflows at 320 px', async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 800 } });
    await page.goto(server.url('/oppna-data'));
    await page.getByRole('table', { name: 'Öppna data per publicerad omgång' }).waitFor();
    const scrolls = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
    expect(scrolls).toBe(false);
    await expectNoAxeViolations(page);
  });
});
