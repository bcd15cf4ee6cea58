import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '#shared/api/reports';
import { DEMO_PAST_YEARS, seedDemoData } from '#server/demo/seed';
import { DEMO_YEAR } from '#server/seed/demo-round';
import { findRound } from '#server/rounds/repository';
import { controlledAggregates, computeCrosstab } from '#server/results/service';
import { controlCrosstab } from '#server/results/disclosure/apply';
import { questionChanged, REPORT_AUDIENCE, REPORT_CROSSTAB, REPORT_FILTERS } from '#server/api/reports/service';
import { useTestApp } from './support/app';
import { loginAs, type TestUser } from './support/auth';

const ctx = useTestApp();
const PUBLISHED = DEMO_PAST_YEARS.at(-1)!;
const results = () => ({ db: ctx.app.db, cache: ctx.app.resultsCache, disclosure: ctx.app.disclosure });

let analyst: TestUser;
let admin: TestUser;

beforeAll(async () => {
  await seedDemoData(ctx.app.db, { info: () => undefined });
  analyst = await loginAs(ctx.app, [{ role: 'analyst' }]);
  admin = await loginAs(ctx.app, [{ role: 'admin' }]);
});

const getReport = (year: number, cookie?: string) =>
  ctx.app.inject({ method: 'GET', url: `/api/reports/${year}`, headers: cookie ? { cookie } : {} });

const putCommentary = (year: number, section: string, body: string, cookie: string) =>
  ctx.app.inject({ method: 'PUT', url: `/api/reports/${year}/commentary/${section}`, headers: { cookie }, payload: { body } });

describe('the public report API', () => {
  it('answers anonymously for a published round with exactly the controlled aggregates on the published basis', async () => {
    const response = await getReport(PUBLISHED);
    expect(response.statusCode, response.body).toBe(200);
    const report = response.json<Report>();
    const round = (await findRound(ctx.app.db, { year: PUBLISHED }))!;
    const national = await controlledAggregates(results(), round, REPORT_FILTERS, REPORT_AUDIENCE);

    expect(report.state).toBe('published');
    expect(report.population).toBe('kommun');
    expect(report.summary).toEqual({
      invited: national.invited,
      complete: national.responses!.submitted,
      partial: national.responses!.draft,
      missing: national.responses!.notStarted,
      suppressed: false,
      suppressedReason: null,
    });
    expect(report.summary.complete! + report.summary.partial! + report.summary.missing!).toBe(report.summary.invited);
    expect(report.areas.map((area) => area.figures)).toEqual(national.areas);
    expect(report.areas).toHaveLength(10);

    // Every county as the same aggregates with the county filter; small counties are withheld, never 0.
    expect(report.counties).toHaveLength(21);
    for (const county of report.counties) {
      const expected = await controlledAggregates(results(), round, { ...REPORT_FILTERS, county: county.code }, REPORT_AUDIENCE);
      expect({ ...county, code: undefined, name: undefined }).toEqual({ ...expected, code: undefined, name: undefined });
      for (const area of county.areas) {
        if (area.suppressed) expect(area).toMatchObject({ answered: null, yes: null, levels: null, followup: null });
      }
    }
    expect(report.counties.some((county) => county.areas.some((area) => area.suppressed))).toBe(true);
    expect(report.counties.some((county) => county.areas.every((area) => !area.suppressed))).toBe(true);

    // The cross-tabulation, through the same control.
    const rawCrosstab = await computeCrosstab(ctx.app.db, round, { ...REPORT_FILTERS, ...REPORT_CROSSTAB });
    const decide = await ctx.app.disclosure.decider(ctx.app.db, round, REPORT_AUDIENCE);
    expect(report.crosstab).toEqual(controlCrosstab(rawCrosstab, { ...REPORT_FILTERS, ...REPORT_CROSSTAB }, decide));
    expect(report.crosstab?.cells).not.toBeNull();
  });

  it('gives trends from earlier published rounds only, area by area', async () => {
    const report = (await getReport(PUBLISHED)).json<Report>();
    const earlier = DEMO_PAST_YEARS.slice(0, -1);
    for (const area of report.areas) {
      expect(area.trend.map((point) => point.year)).toEqual(earlier);
      for (const point of area.trend) {
        const round = (await findRound(ctx.app.db, { year: point.year }))!;
        const then = await controlledAggregates(results(), round, REPORT_FILTERS, REPORT_AUDIENCE);
        const figures = then.areas.find((a) => a.key === area.key)!;
        expect(point).toMatchObject({ invited: then.invited, answered: figures.answered, yes: figures.yes, questionChanged: false });
      }
    }
    const first = (await getReport(DEMO_PAST_YEARS[0]!)).json<Report>();
    expect(first.areas.every((area) => area.trend.length === 0)).toBe(true);
  });

  it('answers 404 for a round that is not published, an unknown year included, to everyone', async () => {
    for (const year of [DEMO_YEAR, 2099]) {
      for (const cookie of [undefined, analyst.cookie, admin.cookie]) {
        const response = await getReport(year, cookie);
        expect(response.statusCode).toBe(404);
        expect(response.json()).toMatchObject({ error: { code: 'not_found' } });
      }
    }
  });
});

describe('a question worded differently in an earlier round', () => {
  const worded = (sv: string, en: string) => ({ mainQuestion: { sv, en } });
  const now = worded('Har organisationen en CISO?', 'Does the organisation have a CISO?');

  it('is marked when either language’s wording differs, and only then', () => {
    expect(questionChanged(worded('Har organisationen en CISO?', 'Does the organisation have a CISO?'), now)).toBe(false);
    expect(questionChanged(worded('Har kommunen en CISO?', 'Does the organisation have a CISO?'), now)).toBe(true);
    expect(questionChanged(worded('Har organisationen en CISO?', 'Does the municipality have a CISO?'), now)).toBe(true);
    // Wording, to the letter: a changed space or case is a changed question.
    expect(questionChanged(worded('Har organisationen en CISO? ', 'Does the organisation have a CISO?'), now)).toBe(true);
    expect(questionChanged(worded('Har organisationen en CISO?', 'does the organisation have a CISO?'), now)).toBe(true);
  });
});

describe('preview, commentary and publishing', () => {
  it('lets analysts comment while closed, previews the same figures and records who published', async () => {
    // The open round: no preview, no commentary yet.
    expect(
      (await ctx.app.inject({ method: 'GET', url: `/api/reports/${DEMO_YEAR}/preview`, headers: { cookie: analyst.cookie } })).json(),
    ).toMatchObject({
      error: { code: 'round_not_closed' },
    });
    expect((await putCommentary(DEMO_YEAR, 'summary', 'För tidigt.', analyst.cookie)).json()).toMatchObject({ error: { code: 'round_not_closed' } });

    const close = await ctx.app.inject({
      method: 'POST',
      url: `/api/admin/rounds/${DEMO_YEAR}/state`,
      headers: { cookie: admin.cookie },
      payload: { state: 'closed' },
    });
    expect(close.statusCode, close.body).toBe(200);
    expect((await getReport(DEMO_YEAR)).statusCode).toBe(404);

    const saved = await putCommentary(DEMO_YEAR, 'ciso', '  Fler kommuner har en CISO än förra året.  ', analyst.cookie);
    expect(saved.statusCode, saved.body).toBe(204);
    expect((await putCommentary(DEMO_YEAR, 'summary', 'Tas bort.', analyst.cookie)).statusCode).toBe(204);
    expect((await putCommentary(DEMO_YEAR, 'summary', '', analyst.cookie)).statusCode).toBe(204);
    const unknown = await putCommentary(DEMO_YEAR, 'no_such_area', 'x', analyst.cookie);
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({
      error: { code: 'validation_failed', details: { issues: [{ field: 'params.section', rule: 'not_a_section' }] } },
    });

    const preview = await ctx.app.inject({ method: 'GET', url: `/api/reports/${DEMO_YEAR}/preview`, headers: { cookie: analyst.cookie } });
    expect(preview.statusCode, preview.body).toBe(200);
    const draft = preview.json<Report>();
    expect(draft).toMatchObject({ state: 'closed', publishedAt: null, publishedBy: null });
    expect(draft.commentary).toEqual({
      ciso: { body: 'Fler kommuner har en CISO än förra året.', updatedAt: expect.any(String) as string, updatedBy: expect.any(String) as string },
    });
    const round = (await findRound(ctx.app.db, { year: DEMO_YEAR }))!;
    expect(draft.areas.map((area) => area.figures)).toEqual((await controlledAggregates(results(), round, REPORT_FILTERS, REPORT_AUDIENCE)).areas);

    const audit = await ctx.app.db.selectFrom('audit_log').select(['details']).where('action', '=', 'report.commentary_saved').execute();
    expect(audit.map((entry) => (entry.details as { section: string }).section)).toEqual(['ciso', 'summary', 'summary']);

    const before = Date.now();
    const publish = await ctx.app.inject({
      method: 'POST',
      url: `/api/admin/rounds/${DEMO_YEAR}/state`,
      headers: { cookie: admin.cookie },
      payload: { state: 'published' },
    });
    expect(publish.statusCode, publish.body).toBe(200);
    const published = await getReport(DEMO_YEAR);
    expect(published.statusCode, published.body).toBe(200);
    const report = published.json<Report>();
    const adminName = (await ctx.app.db.selectFrom('app_user').select('name').where('id', '=', admin.id).executeTakeFirstOrThrow()).name;
    expect(report).toMatchObject({ state: 'published', publishedBy: adminName });
    expect(Date.parse(report.publishedAt!)).toBeGreaterThanOrEqual(before - 1000);
    expect(report.commentary.ciso?.body).toBe('Fler kommuner har en CISO än förra året.');
    // The trend now reaches back over every earlier published round.
    expect(report.areas[0]!.trend.map((point) => point.year)).toEqual(DEMO_PAST_YEARS);

    // Published is final: commentary can no longer change.
    expect((await putCommentary(DEMO_YEAR, 'ciso', 'Ändrad.', analyst.cookie)).json()).toMatchObject({ error: { code: 'round_published' } });
  });
});
