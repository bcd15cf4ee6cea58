import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { scoreProfile } from '#shared/scoring/index';
import { closedRoundProfile, generateResponseCsv, type GeneratorArea } from '#server/demo/generator';
import { responseColumns } from '#server/exchange/response-csv';
import { useTestApp } from './support/app';
import { loginAs, organisationIdByCode, type TestUser } from './support/auth';
import {
  currentBank,
  expectControlledOf,
  expectedAggregates,
  expectedCrosstab,
  organisationMeta,
  queryOf,
  readRecords,
  type Filters,
  type OrganisationMeta,
} from './support/results';

const THRESHOLD = 5;
const ctx = useTestApp({ SUPPRESSION_THRESHOLD: String(THRESHOLD) });

let admin: TestUser;
let analyst: TestUser;
let areas: GeneratorArea[];
let rule: Awaited<ReturnType<typeof currentBank>>['rule'];
let meta: Map<string, OrganisationMeta>;
let codes: string[];
const files = new Map<number, string>();

async function createRound(year: number, states: string[] = ['open']) {
  const created = await ctx.app.inject({
    method: 'POST',
    url: '/api/admin/rounds',
    headers: { cookie: admin.cookie },
    payload: { year, opensAt: `${year}-03-01T00:00:00Z`, closesAt: `${year}-06-01T00:00:00Z` },
  });
  expect(created.statusCode, created.body).toBe(201);
  for (const state of states) {
    const moved = await ctx.app.inject({
      method: 'POST',
      url: `/api/admin/rounds/${year}/state`,
      headers: { cookie: admin.cookie },
      payload: { state },
    });
    expect(moved.statusCode, moved.body).toBe(200);
  }
}

async function importFile(year: number, csv: string) {
  const response = await ctx.app.inject({
    method: 'POST',
    url: `/api/admin/rounds/${year}/responses/import`,
    headers: { cookie: admin.cookie, 'content-type': 'text/csv' },
    payload: csv,
  });
  expect(response.statusCode, response.body).toBe(200);
  files.set(year, csv);
}

const get = (url: string, user: TestUser = analyst) => ctx.app.inject({ method: 'GET', url, headers: { cookie: user.cookie } });

const FILTERS: Filters[] = [
  {},
  { include: 'drafts' },
  { county: '01' },
  { county: '14', include: 'drafts' },
  { orgType: 'kommun' },
  { orgType: 'region' },
  { attribute: 'kommungrupp', value: 'A' },
  { attribute: 'kommungrupp', value: 'B', include: 'drafts' },
  { county: '01', attribute: 'kommungrupp', value: 'A' },
];

beforeAll(async () => {
  admin = await loginAs(ctx.app, [{ role: 'admin' }]);
  analyst = await loginAs(ctx.app, [{ role: 'analyst' }]);
  ({ areas, rule } = await currentBank(ctx.app));
  // Grouping attributes for the attribute filter: a few organisations in group A, most in B.
  const orgs = await ctx.app.db.selectFrom('organisation').select(['id', 'code']).orderBy('code').execute();
  await ctx.app.db
    .insertInto('organisation_attribute')
    .values(orgs.map((o, i) => ({ organisation_id: o.id, attribute: 'kommungrupp', value: i % 40 === 0 ? 'A' : 'B' })))
    .execute();
  meta = await organisationMeta(ctx.app);
  codes = orgs.map((o) => o.code);
  await createRound(2021, ['open', 'closed', 'published']);
  await importFile(2021, generateResponseCsv({ organisationCodes: codes, year: 2021, areas, profile: closedRoundProfile(2021), seed: 11 }));
  await createRound(2022, ['open', 'closed']);
  await importFile(
    2022,
    generateResponseCsv({ organisationCodes: codes, year: 2022, areas, profile: { ...closedRoundProfile(2022), draftShare: 0.2 }, seed: 11 }),
  );
});

describe('aggregates', () => {
  it.each(FILTERS)('match counts computed from the imported file, filters %o', async (filters) => {
    for (const year of [2021, 2022]) {
      const exact = expectedAggregates(year, readRecords(files.get(year)!), meta, areas, rule, filters);
      const full = await get(`/api/rounds/${year}/aggregates${queryOf(filters)}`, admin);
      expect(full.statusCode, full.body).toBe(200);
      expect(full.json()).toEqual(exact);
      // An analyst gets the same figures, or null with a reason where disclosure control withholds them.
      const controlled = await get(`/api/rounds/${year}/aggregates${queryOf(filters)}`);
      expectControlledOf(controlled.json(), exact);
    }
  });

  it('holds JSON numbers, every follow-up option key and the invariants of docs/interfaces §2', async () => {
    const body = (await get('/api/rounds/2021/aggregates')).json();
    expect(typeof body.invited).toBe('number');
    expect(typeof body.responses.submitted).toBe('number');
    for (const area of body.areas) {
      expect(area.yes + area.no).toBe(area.answered);
      expect(Object.keys(area.followup)).toEqual(areas.find((a) => a.key === area.key)!.optionKeys);
      const followups = Object.values(area.followup as Record<string, number>);
      expect(followups.every((n) => typeof n === 'number')).toBe(true);
      expect(followups.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(area.yes);
      expect(Object.values(area.levels as Record<string, number>).every((n) => typeof n === 'number')).toBe(true);
    }
  });

  it('suppresses a group smaller than the threshold, and says so', async () => {
    // Gotland (09) is one municipality.
    const body = (await get('/api/rounds/2021/aggregates?county=09')).json();
    expect(body.suppressed).toBe(true);
    expect(body.invited).toBe(1);
    expect(body.responses).toBeNull();
    expect(body.areas.every((a: Record<string, unknown>) => a.answered === null && a.levels === null && a.followup === null)).toBe(true);
  });

  it('validates the filters', async () => {
    expect((await get('/api/rounds/2021/aggregates?county=1')).statusCode).toBe(400);
    expect((await get('/api/rounds/2021/aggregates?attribute=kommungrupp')).statusCode).toBe(400);
    expect((await get('/api/rounds/2021/aggregates?include=everything')).statusCode).toBe(400);
    expect((await get('/api/rounds/2099/aggregates')).statusCode).toBe(404);
  });

  it('match for arbitrary response files (property)', async () => {
    let year = 2040;
    await fc.assert(
      fc.asyncProperty(arbitraryFile(), fc.constantFrom(...FILTERS), async (rows, filters) => {
        year += 1;
        await createRound(year);
        const csv = [responseColumns(areas.map((a) => a.key)).join(','), ...rows]
          .join('\r\n')
          .replaceAll(SUBMITTED_IN_ROUND, `${year}-03-01T10:00:00.000Z`);
        await importFile(year, csv);
        const body = (await get(`/api/rounds/${year}/aggregates${queryOf(filters)}`, admin)).json();
        expect(body).toEqual(expectedAggregates(year, readRecords(csv), meta, areas, rule, filters));
        const [a, b] = [areas[1]!.key, areas[2]!.key];
        const crosstab = (await get(`/api/rounds/${year}/crosstab${queryOf({ ...filters, a, b })}`, admin)).json();
        expect(crosstab.cells).toEqual(expectedCrosstab(readRecords(csv), meta, filters, a, b));
      }),
      { numRuns: 8 },
    );
  });
});

// The organisation whose own results are checked below keeps exactly the 2021 and 2022 rounds.
const RESULTS_ORGANISATION = '0180';

/** Stands for a submission time in the round's window (the import refuses implausible ones): the year is known only when importing. */
const SUBMITTED_IN_ROUND = 'SUBMITTED_IN_ROUND';

/** CSV lines for a random set of municipalities: any status, any mix of answered, unanswered and follow-ups. */
function arbitraryFile() {
  const cells = (area: GeneratorArea) =>
    fc.oneof(
      fc.constant(['', '', '']),
      fc.constant(['no', '', '']),
      fc.constant(['yes', '', '']),
      fc.constantFrom(...area.optionKeys).map((option) => ['yes', option, '']),
    );
  const row = fc.record({
    status: fc.constantFrom('submitted', 'draft', 'not_started'),
    answers: fc.tuple(...areas.map(cells)),
  });
  const candidates = codes.filter((code) => code !== RESULTS_ORGANISATION);
  return fc.uniqueArray(fc.constantFrom(...candidates), { minLength: 1, maxLength: 60 }).chain((chosen) =>
    fc.tuple(...chosen.map(() => row)).map((rows) =>
      rows.map((r, i) => {
        const answers = r.status === 'not_started' ? areas.flatMap(() => ['', '', '']) : r.answers.flat();
        const submittedAt = r.status === 'submitted' ? SUBMITTED_IN_ROUND : '';
        return [chosen[i], r.status, submittedAt, ...answers].join(',');
      }),
    ),
  );
}

describe('cross-tabulation', () => {
  it.each(FILTERS)('counts organisations that answered both areas, filters %o', async (filters) => {
    const [a, b] = ['management', 'action_plan'];
    const response = await get(`/api/rounds/2022/crosstab${queryOf({ ...filters, a, b })}`, admin);
    expect(response.statusCode, response.body).toBe(200);
    const cells = expectedCrosstab(readRecords(files.get(2022)!), meta, filters, a, b);
    expect(response.json()).toEqual({ year: 2022, a, b, suppressed: false, suppressedReason: null, cells });
    const controlled = (await get(`/api/rounds/2022/crosstab${queryOf({ ...filters, a, b })}`)).json();
    if (controlled.suppressed)
      expect(controlled).toMatchObject({ cells: null, suppressedReason: expect.stringMatching(/^(small_group|differencing)$/) });
    else expect(controlled.cells).toEqual(cells);
  });

  it('refuses an area the round does not have', async () => {
    const response = await get('/api/rounds/2022/crosstab?a=management&b=nonsense');
    expect(response.statusCode).toBe(400);
  });
});

describe('trends and response status', () => {
  it('gives each round the same counts as its aggregates', async () => {
    for (const user of [admin, analyst]) {
      const trends = (await get('/api/results/trends', user)).json();
      for (const year of [2021, 2022]) {
        const entry = trends.years.find((y: { year: number }) => y.year === year);
        const aggregates = (await get(`/api/rounds/${year}/aggregates`, user)).json();
        expect(entry.invited).toBe(aggregates.invited);
        expect(entry.counted).toBe(aggregates.responses?.submitted ?? null);
        const pick = (a: Record<string, unknown>) => ({
          key: a.key,
          answered: a.answered,
          yes: a.yes,
          levels: a.levels,
          suppressed: a.suppressed,
          suppressedReason: a.suppressedReason,
        });
        expect(entry.areas).toEqual(aggregates.areas.map(pick));
      }
    }
  });

  it('lists every invited organisation with its status and areas answered', async () => {
    const body = (await get('/api/rounds/2022/response-status')).json();
    const records = readRecords(files.get(2022)!);
    expect(body.organisations).toHaveLength(records.length);
    for (const record of records.slice(0, 40)) {
      const entry = body.organisations.find((o: { code: string }) => o.code === record.organisation_code);
      expect(entry.status).toBe(record.status);
      expect(entry.areasAnswered).toBe(areas.filter((a) => record[a.key]).length);
    }
    const drafts = (await get('/api/rounds/2022/response-status?status=draft')).json();
    expect(drafts.organisations.every((o: { status: string }) => o.status === 'draft')).toBe(true);
  });
});

describe('exports of aggregates', () => {
  it('writes the same counts as CSV, suppression included, and audits it', async () => {
    const csv = (await get('/api/rounds/2021/aggregates/export?format=csv')).body;
    const aggregates = (await get('/api/rounds/2021/aggregates')).json();
    const records = readRecords(csv);
    const yes = records.find((r) => r.area === 'management' && r.measure === 'main' && r.category === 'yes');
    expect(Number(yes!.count)).toBe(aggregates.areas.find((a: { key: string }) => a.key === 'management').yes);
    const suppressed = readRecords((await get('/api/rounds/2021/aggregates/export?format=csv&county=09')).body);
    expect(
      suppressed
        .filter((r) => r.measure !== 'invited')
        .every((r) => r.count === '' && r.suppressed === 'true' && r.suppressed_reason === 'small_group'),
    ).toBe(true);
    // Administrators see exact figures on screen, but a file they export is controlled like anyone's.
    const adminFile = readRecords((await get('/api/rounds/2021/aggregates/export?format=csv&county=09', admin)).body);
    expect(adminFile.filter((r) => r.measure === 'answered').every((r) => r.count === '' && r.suppressed === 'true')).toBe(true);
    const audit = await ctx.app.db.selectFrom('audit_log').select(['actor_user_id']).where('action', '=', 'results.aggregates_exported').execute();
    expect(audit.filter((a) => a.actor_user_id === analyst.id).length).toBeGreaterThanOrEqual(2);
  });

  it('writes an XLSX workbook', async () => {
    const response = await get('/api/rounds/2021/aggregates/export?format=xlsx&lang=en');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    expect(response.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });
});

describe('an organisation’s results', () => {
  it('shows its levels scored by the round’s rule, next steps, comparisons and history', async () => {
    const respondent = await loginAs(ctx.app, [{ role: 'respondent', organisationCode: RESULTS_ORGANISATION }]);
    const id = await organisationIdByCode(ctx.app, RESULTS_ORGANISATION);
    const response = await get(`/api/organisations/${id}/results?year=2021`, respondent);
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    const record = readRecords(files.get(2021)!).find((r) => r.organisation_code === RESULTS_ORGANISATION)!;
    const answers = Object.fromEntries(
      areas.map((a) => [a.key, { main: (record[a.key] || null) as 'yes' | 'no' | null, followup: record[`${a.key}_followup`] || null }]),
    );
    const profile = scoreProfile(rule, answers);
    expect(body.status).toBe(record.status);
    expect(body.summary).toEqual(profile.summary);
    for (const area of body.areas) {
      expect(area.level).toBe(profile.levels[area.key]);
      if (area.level !== null && area.level < 4) expect(area.nextStep.toLevel).toBe(area.level + 1);
    }
    expect(body.availableYears).toEqual([2022, 2021]);
    expect(body.comparisons.map((c: { kind: string }) => c.kind)).toEqual(['national', 'county', 'attribute']);
    // Peers on the published basis (submitted and partial), each figure exact or withheld with its reason.
    const national = (await get('/api/rounds/2021/aggregates?orgType=kommun&include=drafts', admin)).json();
    for (const [i, area] of (body.areas as { comparison: unknown[]; comparisonReasons: (string | null)[] }[]).entries()) {
      expect(area.comparison[0]).toEqual(area.comparisonReasons[0] === null ? national.areas[i].levels : null);
    }
    expect(body.areas.filter((a: { comparisonReasons: unknown[] }) => a.comparisonReasons[0] === null).length).toBeGreaterThan(5);
    expect(body.history.map((h: { year: number }) => h.year)).toEqual(
      [2021, 2022].filter((y) => readRecords(files.get(y)!).find((r) => r.organisation_code === RESULTS_ORGANISATION)!.status !== 'not_started'),
    );
  });

  it('flags a draft and compares on the published basis (submitted and partial responses)', async () => {
    const draft = readRecords(files.get(2022)!).find((r) => r.status === 'draft')!;
    const viewer = await loginAs(ctx.app, [{ role: 'viewer', organisationCode: draft.organisation_code! }]);
    const id = await organisationIdByCode(ctx.app, draft.organisation_code!);
    const body = (await get(`/api/organisations/${id}/results?year=2022`, viewer)).json();
    expect(body.isDraft).toBe(true);
    const published = (await get('/api/rounds/2022/aggregates?orgType=kommun&include=drafts', admin)).json();
    expect(body.comparisons[0]).toMatchObject({ suppressed: false, counted: published.responses.submitted + published.responses.draft });
  });

  it('starts at the newest round with a submitted response, not a newer draft', async () => {
    const status = (year: number, code: string) => readRecords(files.get(year)!).find((r) => r.organisation_code === code)?.status;
    const years = [...files.keys()].sort((a, b) => b - a);
    const newestStatus = (code: string) => years.map((y) => status(y, code)).find((s) => s !== undefined);
    const draftNow = codes.find((code) => newestStatus(code) === 'draft' && years.some((y) => status(y, code) === 'submitted'))!;
    const submittedNow = codes.find((code) => newestStatus(code) === 'submitted')!;
    for (const code of [draftNow, submittedNow]) {
      const viewer = await loginAs(ctx.app, [{ role: 'viewer', organisationCode: code }]);
      const body = (await get(`/api/organisations/${await organisationIdByCode(ctx.app, code)}/results`, viewer)).json();
      const expected = (body.availableYears as number[]).find((y) => status(y, code) === 'submitted');
      expect(body.year, code).toBe(expected);
      if (code === draftNow) expect(body.year).not.toBe(body.availableYears[0]);
    }
  });

  it('is never shown to another organisation, and aggregates are not for respondents', async () => {
    const respondent = await loginAs(ctx.app, [{ role: 'respondent', organisationCode: '0114' }]);
    const other = await organisationIdByCode(ctx.app, '0180');
    expect((await get(`/api/organisations/${other}/results`, respondent)).statusCode).toBe(404);
    expect((await get(`/api/organisations/${other}/results`, analyst)).statusCode).toBe(403);
    for (const url of [
      '/api/rounds/2021/aggregates',
      '/api/rounds/2021/crosstab?a=ciso&b=risk',
      '/api/results/trends',
      '/api/rounds/2021/response-status',
      '/api/rounds/2021/aggregates/export',
    ]) {
      expect((await get(url, respondent)).statusCode, url).toBe(403);
    }
    expect((await get(`/api/organisations/${other}/results`, admin)).statusCode).toBe(200);
  });
});
