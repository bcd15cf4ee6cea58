import { beforeAll, describe, expect, it } from 'vitest';
import { openDataAggregatesSchema, openDataListSchema, type OpenDataAggregates } from '#shared/api/open-data';
import { SYSTEM_ACTOR } from '#server/audit/actor';
import { closedRoundProfile, generateResponseCsv } from '#server/demo/generator';
import { DEMO_PAST_YEARS, seedDemoData } from '#server/demo/seed';
import { fileBankOf, importResponses } from '#server/exchange/service';
import { PUBLISHED_BASIS } from '#server/publication/figures';
import { OPEN_DATA_CSV_COLUMNS } from '#server/publication/open-data';
import { findRound } from '#server/rounds/repository';
import { controlledAggregates, type Results } from '#server/results/service';
import { DEMO_YEAR } from '#server/seed/demo-round';
import { useTestApp } from './support/app';
import { readRecords } from './support/results';

const PUBLIC_URL = 'https://mognad.example.se/';
const ctx = useTestApp({ PUBLIC_URL });
const year = DEMO_PAST_YEARS.at(-1)!;
const results = (): Results => ({ db: ctx.app.db, cache: ctx.app.resultsCache, disclosure: ctx.app.disclosure });

let figures: OpenDataAggregates;
let publishedAt: Date;
/** The demo imports responses into its past rounds after publishing them: the files date from the import. */
let modifiedAt: Date;

const lastImport = async (roundId: number) =>
  (
    await ctx.app.db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.max('at').as('at'))
      .where('action', '=', 'responses.imported')
      .where('round_id', '=', roundId)
      .executeTakeFirstOrThrow()
  ).at as Date | null;

beforeAll(async () => {
  await seedDemoData(ctx.app.db, { info: () => undefined });
  const round = await findRound(ctx.app.db, { year });
  // Publishing records who and when on the round (docs/decisions/0022): the datasets' publication time.
  publishedAt = round!.publishedAt!;
  const imported = await lastImport(round!.id);
  modifiedAt = imported && imported > publishedAt ? imported : publishedAt;
  const response = await ctx.app.inject({ url: `/oppna-data/${year}/aggregates.json` });
  expect(response.statusCode).toBe(200);
  figures = openDataAggregatesSchema.parse(response.json());
});

describe('open data: aggregates.json', () => {
  it('answers anonymously with the national and every county’s figures, equal to controlledAggregates on the published basis for the public', async () => {
    const round = (await findRound(ctx.app.db, { year }))!;
    const { counties, ...national } = figures;
    expect(national).toEqual(await controlledAggregates(results(), round, PUBLISHED_BASIS, 'member'));
    const codes = (await ctx.app.db.selectFrom('county').select('code').orderBy('code').execute()).map((c) => c.code);
    expect(counties.map((c) => c.code)).toEqual(codes);
    for (const { code, name, ...county } of counties) {
      expect(name).not.toBe('');
      expect(county).toEqual(await controlledAggregates(results(), round, { ...PUBLISHED_BASIS, county: code }, 'member'));
    }
    // The published basis counts partial responses too, and the demo round has some.
    expect(national.responses!.draft).toBeGreaterThan(0);
    expect(national.suppressed).toBe(false);
  });

  it('withholds small groups as null with a reason, never 0', () => {
    // Gotland is one municipality: below any threshold.
    const gotland = figures.counties.find((c) => c.code === '09')!;
    expect(gotland.invited).toBe(1);
    expect(gotland).toMatchObject({ responses: null, suppressed: true, suppressedReason: 'small_group' });
    for (const area of gotland.areas) {
      expect(area).toMatchObject({ answered: null, yes: null, no: null, followup: null, levels: null, suppressed: true });
      expect(area.suppressedReason).not.toBeNull();
    }
    // A large county is shown.
    const stockholm = figures.counties.find((c) => c.code === '01')!;
    expect(stockholm.suppressed).toBe(false);
    expect(stockholm.areas.some((a) => !a.suppressed && a.answered! > 0)).toBe(true);
  });
});

describe('open data: aggregates.csv', () => {
  it('holds the same figures, one count per row, withheld counts as empty cells with their reason', async () => {
    const response = await ctx.app.inject({ url: `/oppna-data/${year}/aggregates.csv` });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    expect(response.body.split('\r\n')[0]).toBe(OPEN_DATA_CSV_COLUMNS.join(','));
    const records = readRecords(response.body);
    const groups = ['SE', ...figures.counties.map((c) => c.code)];
    expect([...new Set(records.map((r) => r.group))]).toEqual(groups);
    // Every group has the same rows.
    const rowsPer = records.filter((r) => r.group === 'SE').length;
    expect(records.length).toBe(rowsPer * groups.length);
    expect(records.every((r) => r.year === String(year))).toBe(true);

    const cell = (group: string, area: string, measure: string, category: string) => {
      const matches = records.filter((r) => r.group === group && r.area === area && r.measure === measure && r.category === category);
      expect(matches).toHaveLength(1);
      return matches[0]!;
    };
    for (const [group, aggregates] of [['SE', figures] as const, ...figures.counties.map((c) => [c.code, c] as const)]) {
      expect(cell(group, '', 'invited', '').count).toBe(String(aggregates.invited));
      expect(cell(group, '', 'responses', 'submitted').count).toBe(aggregates.responses ? String(aggregates.responses.submitted) : '');
      for (const area of aggregates.areas) {
        const yes = cell(group, area.key, 'main', 'yes');
        expect(yes.count).toBe(area.yes === null ? '' : String(area.yes));
        expect(yes.suppressed_reason).toBe(area.suppressedReason ?? '');
        expect(cell(group, area.key, 'level', '3').count).toBe(area.levels ? String(area.levels['3']) : '');
      }
    }
    const gotlandYes = records.filter((r) => r.group === '09' && r.measure === 'main');
    expect(gotlandYes.length).toBeGreaterThan(0);
    expect(gotlandYes.every((r) => r.count === '' && r.suppressed_reason !== '')).toBe(true);
    // Withheld areas keep their follow-up option rows, empty.
    expect(records.some((r) => r.group === '09' && r.measure === 'followup' && r.count === '')).toBe(true);
  });
});

describe('open data: addresses, caching and 404', () => {
  const files = (y: number) => [`/oppna-data/${y}/aggregates.json`, `/oppna-data/${y}/aggregates.csv`];

  it('answers 404 for a round that is not published (open) or does not exist, on every file', async () => {
    for (const url of [...files(DEMO_YEAR), ...files(2090)]) {
      const response = await ctx.app.inject({ url });
      expect(response.statusCode, url).toBe(404);
      expect(response.json()).toMatchObject({ error: { code: 'not_found', details: { resource: 'round' } } });
    }
    const other = await ctx.app.inject({ url: `/oppna-data/${year}/aggregates.xml` });
    expect(other.statusCode).toBe(404);
    const catalog = await ctx.app.inject({ url: '/oppna-data/catalog.jsonld' });
    expect(catalog.body).not.toContain(`dataset-${DEMO_YEAR}`);
  });

  it('sends ETag, Last-Modified (publication or later import) and a long Cache-Control, and 304 to conditional requests', async () => {
    for (const url of files(year)) {
      const first = await ctx.app.inject({ url });
      expect(first.statusCode).toBe(200);
      const etag = first.headers.etag as string;
      expect(etag).toMatch(/^W\/".+"$/);
      expect(first.headers['last-modified']).toBe(modifiedAt.toUTCString());
      expect(first.headers['cache-control']).toBe('public, max-age=604800');
      expect(first.headers['access-control-allow-origin']).toBe('*');

      const again = await ctx.app.inject({ url });
      expect(again.headers.etag).toBe(etag);

      const byTag = await ctx.app.inject({ url, headers: { 'if-none-match': etag } });
      expect(byTag.statusCode).toBe(304);
      expect(byTag.body).toBe('');
      expect(byTag.headers.etag).toBe(etag);

      const byDate = await ctx.app.inject({ url, headers: { 'if-modified-since': first.headers['last-modified'] as string } });
      expect(byDate.statusCode).toBe(304);

      const older = new Date(modifiedAt.getTime() - 60_000).toUTCString();
      expect((await ctx.app.inject({ url, headers: { 'if-modified-since': older } })).statusCode).toBe(200);
      expect((await ctx.app.inject({ url, headers: { 'if-none-match': 'W/"something-else"' } })).statusCode).toBe(200);

      const head = await ctx.app.inject({ method: 'HEAD', url, headers: { 'if-none-match': etag } });
      expect(head.statusCode).toBe(304);
    }
  });

  it('lists the published rounds with absolute file addresses for the page', async () => {
    const response = await ctx.app.inject({ url: '/api/open-data' });
    expect(response.statusCode).toBe(200);
    const list = openDataListSchema.parse(response.json());
    expect(list.datasets.map((d) => d.year)).toEqual([...DEMO_PAST_YEARS].reverse());
    expect(list.licence.url).toBe('http://creativecommons.org/publicdomain/zero/1.0/');
    expect(list.catalogUrl).toBe('https://mognad.example.se/oppna-data/catalog.jsonld');
    expect(list.datasets[0]!.files.map((f) => f.url)).toEqual([
      `https://mognad.example.se/oppna-data/${year}/aggregates.json`,
      `https://mognad.example.se/oppna-data/${year}/aggregates.csv`,
    ]);
    expect(list.datasets[0]!.publishedAt).toBe(publishedAt.toISOString());
  });

  it('moves Last-Modified when responses are imported into the published round, so date-only revalidation gets the new file', async () => {
    const url = `/oppna-data/${year}/aggregates.csv`;
    const before = await ctx.app.inject({ url });
    const round = (await findRound(ctx.app.db, { year }))!;
    const bank = await fileBankOf(ctx.app.db, round.bankVersionId);
    const csv = generateResponseCsv({ organisationCodes: ['0114'], year, areas: bank.areas, profile: closedRoundProfile(year), seed: 77 });
    await importResponses(ctx.app.db, year, csv, SYSTEM_ACTOR);
    const imported = (await lastImport(round.id))!;
    expect(imported.getTime()).toBeGreaterThan(modifiedAt.getTime());

    const after = await ctx.app.inject({ url, headers: { 'if-modified-since': before.headers['last-modified'] as string } });
    // HTTP dates have whole seconds: the import may fall in the same second as the previous change.
    if (Math.floor(imported.getTime() / 1000) > Math.floor(modifiedAt.getTime() / 1000)) expect(after.statusCode).toBe(200);
    const fresh = await ctx.app.inject({ url });
    expect(fresh.headers['last-modified']).toBe(imported.toUTCString());
    const list = openDataListSchema.parse((await ctx.app.inject({ url: '/api/open-data' })).json());
    expect(list.datasets.find((d) => d.year === year)!.publishedAt).toBe(publishedAt.toISOString());
  });
});
