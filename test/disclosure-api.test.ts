import { beforeAll, describe, expect, it } from 'vitest';
import { responseColumns } from '#server/exchange/response-csv';
import { seededRandom } from '#server/demo/prng';
import { useTestApp } from './support/app';
import { loginAs, organisationIdByCode, type TestUser } from './support/auth';
import { findLeaks, type ObtainedSet } from './support/adversary';
import { currentBank, organisationMeta, queryOf, type OrganisationMeta } from './support/results';

/**
 * Disclosure control through the API, as a determined analyst and a
 * respondent would use it: every view the API allows, on a generated
 * population shaped like SKR 2019 (290 invited, 242 complete, 23 partial,
 * 25 missing), with a nested pair of attributes and a sparse one that
 * recreates the reported county-minus-attribute attack.
 */

const THRESHOLD = 5;
const ctx = useTestApp({ SUPPRESSION_THRESHOLD: String(THRESHOLD) });
const YEAR = 2019;
const OPEN_YEAR = 2020;
const GROUPS = ['A1', 'A2', 'A3', 'B4', 'B5', 'B6', 'C7', 'C8', 'C9'];

let admin: TestUser;
let analyst: TestUser;
let areaKeys: string[];
let meta: Map<string, OrganisationMeta>;
type Row = { code: string; status: 'submitted' | 'draft' | 'not_started'; answers: Record<string, 'yes' | 'no' | ''> };
let rows: Row[];

const get = (url: string, user: TestUser) => ctx.app.inject({ method: 'GET', url, headers: { cookie: user.cookie } });
const send = (method: 'POST' | 'PUT', url: string, user: TestUser, payload: object | string, type?: string) =>
  ctx.app.inject({ method, url, headers: { cookie: user.cookie, ...(type && { 'content-type': type }) }, payload });

async function createRound(year: number, states: string[], window = { opensAt: `${year}-03-25T00:00:00Z`, closesAt: `${year}-05-03T00:00:00Z` }) {
  const created = await send('POST', '/api/admin/rounds', admin, { year, ...window });
  expect(created.statusCode, created.body).toBe(201);
  for (const state of states) expect((await send('POST', `/api/admin/rounds/${year}/state`, admin, { state })).statusCode).toBe(200);
}

/** 242 complete, 23 partial (some areas), 25 missing, in a seeded random order. */
function skr2019Rows(codes: string[], keys: string[]): Row[] {
  const rng = seededRandom(2019);
  const random = () => rng.next();
  const order = [...codes].sort(() => random() - 0.5);
  return order.map((code, i) => {
    const status = i < 242 ? 'submitted' : i < 265 ? 'draft' : 'not_started';
    const answers = Object.fromEntries(
      keys.map((key) => {
        const answered = status === 'submitted' || (status === 'draft' && random() < 0.5);
        return [key, answered ? (random() < 0.55 ? 'yes' : 'no') : ''];
      }),
    ) as Row['answers'];
    if (status === 'draft' && keys.every((key) => answers[key] === '')) answers[keys[0]!] = 'no';
    return { code, status, answers };
  });
}

function toCsv(year: number, data: Row[]): string {
  const lines = data.map((row) => {
    const submittedAt = row.status === 'submitted' ? `${year}-04-01T10:00:00.000Z` : '';
    return [row.code, row.status, submittedAt, ...areaKeys.flatMap((key) => [row.answers[key], '', ''])].join(',');
  });
  return [responseColumns(areaKeys).join(','), ...lines].join('\r\n');
}

type AggregatesBody = {
  suppressed: boolean;
  areas: { key: string; answered: number | null; suppressed: boolean }[];
};

type View = { county?: string; orgType?: string; attribute?: string; value?: string; include?: 'drafts' };

/** Every view an analyst can ask for: each county or none, type or none, each attribute value or none, both bases. */
function everyView(): View[] {
  const counties = [undefined, ...new Set([...meta.values()].flatMap((m) => (m.county ? [m.county] : [])))];
  const attributes: ({ attribute: string; value: string } | undefined)[] = [undefined];
  for (const m of meta.values()) {
    for (const [attribute, value] of Object.entries(m.attributes)) {
      if (!attributes.some((a) => a?.attribute === attribute && a.value === value)) attributes.push({ attribute, value });
    }
  }
  const views: View[] = [];
  for (const county of counties)
    for (const orgType of [undefined, 'kommun'])
      for (const attribute of attributes)
        for (const include of [undefined, 'drafts'] as const) views.push({ county, orgType, ...attribute, include });
  return views;
}

/**
 * Asks for the views four at a time, so the app and PostgreSQL keep both cores busy; the answers do not
 * depend on the order (the round is closed and nothing changes while they are asked).
 */
async function inParallel<T, R>(items: T[], ask: (item: T) => Promise<R>, width = 4): Promise<R[]> {
  const answers: R[] = [];
  let next = 0;
  const worker = async () => {
    for (let index = next++; index < items.length; index = next++) answers[index] = await ask(items[index]!);
  };
  await Promise.all(Array.from({ length: width }, worker));
  return answers;
}

/**
 * Every view's aggregates as the analyst gets them, asked once and shared by the tests that read them all: the round is
 * closed and nothing changes between those tests. A test that changes the data forgets them (`forgetAnswers`).
 */
let everyViewAggregates: Promise<unknown[]> | undefined;
const aggregatesOfEveryView = (views: View[]) =>
  (everyViewAggregates ??= inParallel(views, async (view) => (await get(`/api/rounds/${YEAR}/aggregates${queryOf(view)}`, analyst)).json()));
const forgetAnswers = () => (everyViewAggregates = undefined);

const partial = (row: Row) => row.status === 'draft' && areaKeys.some((key) => row.answers[key] !== '');

/** The positions (in `rows`) of the organisations a view's figure counts. */
function membersOf(view: View, answeredAll: string[]): number[] {
  return rows.flatMap((row, index) => {
    const m = meta.get(row.code)!;
    const counted = row.status === 'submitted' || (view.include === 'drafts' && partial(row));
    if (!counted) return [];
    if (view.county !== undefined && m.county !== view.county) return [];
    if (view.orgType !== undefined && m.type !== view.orgType) return [];
    if (view.attribute !== undefined && m.attributes[view.attribute] !== view.value) return [];
    if (answeredAll.some((key) => row.answers[key] === '')) return [];
    return [index];
  });
}

beforeAll(async () => {
  admin = await loginAs(ctx.app, [{ role: 'admin' }]);
  analyst = await loginAs(ctx.app, [{ role: 'analyst' }]);
  areaKeys = (await currentBank(ctx.app)).areas.map((a) => a.key);
  const organisations = await ctx.app.db
    .selectFrom('organisation')
    .select(['id', 'code', 'county_code'])
    .where('type', '=', 'kommun')
    .orderBy('code')
    .execute();
  const rng = seededRandom(7);
  const random = () => rng.next();
  const attributes = organisations.flatMap((o) => {
    const group = GROUPS[Math.floor(random() * GROUPS.length)]!;
    const size = group.startsWith('A') ? 'stor' : group.startsWith('B') ? 'mellan' : 'liten';
    return [
      { organisation_id: o.id, attribute: 'kommungrupp', value: group },
      { organisation_id: o.id, attribute: 'storlek', value: size },
      // The reported attack: six in Uppsala län (03) carry secgrp, five A and one B.
      ...(o.county_code === '03' && random() < 0.9 ? [{ organisation_id: o.id, attribute: 'secgrp', value: random() < 0.85 ? 'A' : 'B' }] : []),
    ];
  });
  await ctx.app.db.insertInto('organisation_attribute').values(attributes).execute();
  meta = await organisationMeta(ctx.app);
  rows = skr2019Rows(
    organisations.map((o) => o.code),
    areaKeys,
  );
  await createRound(YEAR, ['open']);
  const imported = await send('POST', `/api/admin/rounds/${YEAR}/responses/import`, admin, toCsv(YEAR, rows), 'text/csv');
  expect(imported.statusCode, imported.body).toBe(200);
  expect((await send('POST', `/api/admin/rounds/${YEAR}/state`, admin, { state: 'closed' })).statusCode).toBe(200);
});

describe('an analyst with every view the API allows', () => {
  it('cannot isolate 1 to N−1 organisations in any figure, by differencing or any combination', async () => {
    const views = everyView();
    const obtained = new Map<string, ObtainedSet[]>();
    const keep = (figure: string, set: ObtainedSet) => obtained.set(figure, [...(obtained.get(figure) ?? []), set]);
    const answers = (await aggregatesOfEveryView(views)) as AggregatesBody[];
    for (const [index, view] of views.entries()) {
      const body = answers[index]!;
      const label = JSON.stringify(view);
      if (!body.suppressed) keep('responses', { label, members: membersOf(view, []) });
      for (const area of body.areas) {
        if (area.suppressed) {
          expect(area.answered).toBeNull();
          continue;
        }
        const members = membersOf(view, [area.key]);
        expect(area.answered, `${label} ${area.key}`).toBe(members.length);
        keep(area.key, { label, members });
      }
    }
    for (const [figure, sets] of obtained) {
      const leaks = findLeaks(sets, rows.length, THRESHOLD, { pairs: true });
      expect(leaks, `${figure}: ${JSON.stringify(leaks.slice(0, 2))}`).toEqual([]);
    }
    // The reported attack: county 03 minus its secgrp=A group.
    const county = (await get(`/api/rounds/${YEAR}/aggregates?county=03`, analyst)).json();
    const subgroup = (await get(`/api/rounds/${YEAR}/aggregates?county=03&attribute=secgrp&value=A`, analyst)).json();
    for (const [i, area] of county.areas.entries()) {
      if (!area.suppressed && !subgroup.areas[i].suppressed)
        expect(area.answered - subgroup.areas[i].answered === 0 || area.answered - subgroup.areas[i].answered >= THRESHOLD).toBe(true);
    }
  });

  it('cannot isolate anybody through a cross-tabulation’s margins together with the area figures', async () => {
    const [a, b] = [areaKeys[1]!, areaKeys[2]!];
    const sets: ObtainedSet[] = [];
    const views = everyView();
    const [aggregatesAnswers, crosstabs] = await Promise.all([
      aggregatesOfEveryView(views) as Promise<AggregatesBody[]>,
      inParallel(views, async (view) => (await get(`/api/rounds/${YEAR}/crosstab${queryOf({ ...view, a, b })}`, analyst)).json()),
    ]);
    for (const [index, view] of views.entries()) {
      const label = JSON.stringify(view);
      const [aggregates, crosstab] = [aggregatesAnswers[index]!, crosstabs[index]];
      if (!aggregates.areas[1]!.suppressed) sets.push({ label, members: membersOf(view, [a]) });
      if (crosstab.suppressed) {
        expect(crosstab.cells).toBeNull();
        expect(['small_group', 'differencing']).toContain(crosstab.suppressedReason);
      } else {
        const members = membersOf(view, [a, b]);
        expect(Object.values(crosstab.cells as Record<string, number>).reduce((x, y) => x + y, 0)).toBe(members.length);
        sets.push({ label: `crosstab ${label}`, members });
      }
    }
    expect(findLeaks(sets, rows.length, THRESHOLD, { pairs: true })).toEqual([]);
  });

  it('still gets the national figures exactly on the published basis, and submitted-only wherever it differs by 0 or N+', async () => {
    const published = (await get(`/api/rounds/${YEAR}/aggregates?include=drafts`, analyst)).json();
    expect(published).toEqual((await get(`/api/rounds/${YEAR}/aggregates?include=drafts`, admin)).json());
    // Submitted only: an area is withheld exactly when the partial responses answering it are 1 to N−1 (rule 2 keeps the published basis).
    const submitted = (await get(`/api/rounds/${YEAR}/aggregates`, analyst)).json();
    const exact = (await get(`/api/rounds/${YEAR}/aggregates`, admin)).json();
    for (const [i, area] of submitted.areas.entries()) {
      const partials = published.areas[i].answered - exact.areas[i].answered;
      if (partials > 0 && partials < THRESHOLD) expect(area).toMatchObject({ answered: null, suppressedReason: 'differencing' });
      else expect(area).toEqual(exact.areas[i]);
    }
    const national = (await get(`/api/rounds/${YEAR}/aggregates?include=drafts`, analyst)).json();
    expect(national.responses).toEqual({ submitted: 242, draft: 23, notStarted: 25 });
    const stockholm = (await get(`/api/rounds/${YEAR}/aggregates?county=01&include=drafts`, analyst)).json();
    expect(stockholm.suppressed).toBe(false);
    expect(stockholm.areas.every((area: { suppressed: boolean }) => !area.suppressed)).toBe(true);
  });
});

describe('a respondent comparing with its peers (rule 3)', () => {
  it('does not get a group in which the others are fewer than N, and gets one where they are N', async () => {
    const counted = (county: string) => rows.filter((row) => meta.get(row.code)!.county === county && (row.status === 'submitted' || partial(row)));
    const counties = [...new Set([...meta.values()].map((m) => m.county!))];
    const ofSize = (size: number) => counties.find((county) => counted(county).length === size);
    const comparisonIn = async (county: string) => {
      const code = counted(county)[0]!.code;
      const respondent = await loginAs(ctx.app, [{ role: 'respondent', organisationCode: code }]);
      const body = (await get(`/api/organisations/${await organisationIdByCode(ctx.app, code)}/results?year=${YEAR}`, respondent)).json();
      return body.comparisons.find((c: { kind: string }) => c.kind === 'county');
    };
    // Make a county of exactly N counted: withdraw answers until five are left.
    const county = counties.find((c) => counted(c).length > THRESHOLD + 1)!;
    const extra = counted(county).slice(THRESHOLD);
    const csv = toCsv(
      YEAR,
      extra.map((row) => ({ ...row, status: 'not_started', answers: Object.fromEntries(areaKeys.map((k) => [k, ''])) })),
    );
    expect((await send('POST', `/api/admin/rounds/${YEAR}/responses/import`, admin, csv, 'text/csv')).statusCode).toBe(200);
    forgetAnswers();
    for (const row of extra) Object.assign(row, { status: 'not_started', answers: Object.fromEntries(areaKeys.map((k) => [k, ''])) });
    expect(counted(county)).toHaveLength(THRESHOLD);
    // A member of it does not get the county's five: minus itself it would know the other four.
    const forAnalyst = (await get(`/api/rounds/${YEAR}/aggregates?county=${county}&orgType=kommun&include=drafts`, analyst)).json();
    // An analyst may see the county's five (unless another view would single some out); never as a small group.
    expect(forAnalyst.suppressedReason).not.toBe('small_group');
    expect(await comparisonIn(county)).toMatchObject({ suppressed: true, counted: null, suppressedReason: 'small_group' });
    const larger = ofSize(THRESHOLD + 3) ?? counties.find((c) => counted(c).length > THRESHOLD + 3)!;
    expect(await comparisonIn(larger)).toMatchObject({ suppressed: false });
  });
});

describe('an open round (rule 4)', () => {
  it('shows response status only, and nothing moves for non-administrators when one organisation saves and submits', async () => {
    const day = 24 * 3600 * 1000;
    await createRound(OPEN_YEAR, ['open'], {
      opensAt: new Date(Date.now() - day).toISOString(),
      closesAt: new Date(Date.now() + 30 * day).toISOString(),
    });
    const codes = rows.map((row) => row.code);
    const invited = await send('POST', `/api/admin/rounds/${OPEN_YEAR}/invitations`, admin, {
      selection: { kind: 'codes', codes: codes.slice(0, 60) },
      sendMail: false,
    });
    expect(invited.statusCode, invited.body).toBeLessThan(300);
    const drafts = rows.slice(0, 40).map((row) => ({ ...row, status: 'draft' as const }));
    expect((await send('POST', `/api/admin/rounds/${OPEN_YEAR}/responses/import`, admin, toCsv(OPEN_YEAR, drafts), 'text/csv')).statusCode).toBe(200);

    const code = codes[50]!;
    const respondent = await loginAs(ctx.app, [{ role: 'respondent', organisationCode: code }]);
    const url = `/api/rounds/${OPEN_YEAR}/organisations/${await organisationIdByCode(ctx.app, code)}/response`;
    const answerFigures = async () => {
      const views = ['', '?include=drafts', '?county=01&include=drafts'];
      const aggregates = await Promise.all(views.map(async (q) => (await get(`/api/rounds/${OPEN_YEAR}/aggregates${q}`, analyst)).json()));
      const crosstab = (await get(`/api/rounds/${OPEN_YEAR}/crosstab?a=${areaKeys[0]}&b=${areaKeys[1]}&include=drafts`, analyst)).json();
      const trends = (await get('/api/results/trends?include=drafts', analyst)).json().years.find((y: { year: number }) => y.year === OPEN_YEAR);
      return { areas: aggregates.map((a) => a.areas), crosstab, trendAreas: trends.areas };
    };
    const before = await answerFigures();
    expect(before.areas.flat().every((area: { suppressedReason: string }) => area.suppressedReason === 'open_round')).toBe(true);
    expect(before.crosstab).toMatchObject({ cells: null, suppressedReason: 'open_round' });

    const statusBefore = (await get(`/api/rounds/${OPEN_YEAR}/aggregates?include=drafts`, analyst)).json().responses;
    let version = (await get(url, respondent)).json().version;
    for (const key of areaKeys) {
      const saved = await send('PUT', `${url}/areas/${key}`, respondent, { version, main: 'no', followup: null, comment: '' });
      expect(saved.statusCode, saved.body).toBe(200);
      version = saved.json().version;
    }
    expect((await send('POST', `${url}/submit`, respondent, { version })).statusCode).toBe(200);

    expect(await answerFigures()).toEqual(before);
    // Response status is what may move during the window.
    const statusAfter = (await get(`/api/rounds/${OPEN_YEAR}/aggregates?include=drafts`, analyst)).json().responses;
    expect(statusAfter.submitted).toBe(statusBefore.submitted + 1);
    // The respondent's own comparisons wait for the round to close.
    const own = (await get(`/api/organisations/${await organisationIdByCode(ctx.app, code)}/results?year=${OPEN_YEAR}`, respondent)).json();
    expect(own.comparisons.every((c: { suppressedReason: string }) => c.suppressedReason === 'open_round')).toBe(true);
  });
});
