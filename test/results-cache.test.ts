import { beforeAll, describe, expect, it } from 'vitest';
import type { ResultFilters } from '#shared/api/results';
import { closedRoundProfile, generateResponseCsv } from '#server/demo/generator';
import { ResultsCache, readRoundStamp, readTotalRevision, type RoundStamp } from '#server/results/cache';
import { computeAggregates, computeCrosstab, computeTrends } from '#server/results/service';
import { findRound, type RoundRecord } from '#server/rounds/repository';
import { useTestApp } from './support/app';
import { loginAs, organisationIdByCode, type TestUser } from './support/auth';
import { currentBank, queryOf } from './support/results';
import { openRoundWithInvitations, responseUrl } from './support/survey';

/**
 * The results cache against every kind of write that changes results: after
 * each, the API's answer equals a fresh computation (the compute function
 * called directly, no cache) and the round's or the global revision moved;
 * a draft autosave moves nothing and the cached answer stays right.
 */

const THRESHOLD = 5;
const ctx = useTestApp({ SUPPRESSION_THRESHOLD: String(THRESHOLD) });
const YEAR = 2030;
// The respondent's municipality (county 01) answers through the survey API; the others come from files.
const RESPONDENT_ORG = '0180';

let admin: TestUser;
let analyst: TestUser;
let respondent: TestUser;
let respondentOrgId: number;
let roundId: number;
let invited: string[];
let uninvited: string;
let areaKeys: string[];
let generatorAreas: Awaited<ReturnType<typeof currentBank>>['areas'];

const cache = () => ctx.app.resultsCache;
const round = async (): Promise<RoundRecord> => (await findRound(ctx.app.db, { roundId }))!;
const stamp = (): Promise<RoundStamp> => readRoundStamp(ctx.app.db, roundId);
const as = (user: TestUser, method: 'GET' | 'PUT' | 'POST' | 'PATCH', url: string, payload?: object | string, type?: string) =>
  ctx.app.inject({ method, url, headers: { cookie: user.cookie, ...(type && { 'content-type': type }) }, ...(payload !== undefined && { payload }) });

async function aggregates(filters: ResultFilters = {}) {
  // Administrators see the exact figures (disclosure control is tested on its own): what the cache holds.
  const response = await as(admin, 'GET', `/api/rounds/${YEAR}/aggregates${queryOf(filters)}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

/** The API's answer is what computing afresh gives now. */
async function expectFresh(filters: ResultFilters = {}) {
  const answered = await aggregates(filters);
  expect(answered).toEqual(await computeAggregates(ctx.app.db, await round(), filters));
  return answered;
}

/** Fills the cache for the filters, runs the change, and checks the stamp moved (or not) and the answers are fresh. */
async function afterChange(change: () => Promise<void>, filters: ResultFilters[], stampMoves: 'round' | 'global' | 'none') {
  const before = await Promise.all(filters.map((f) => aggregates(f)));
  const stampBefore = await stamp();
  await change();
  const stampAfter = await stamp();
  if (stampMoves === 'none') expect(stampAfter).toEqual(stampBefore);
  else expect(stampAfter[stampMoves]).toBeGreaterThan(stampBefore[stampMoves]);
  const after = [];
  for (const f of filters) after.push(await expectFresh(f));
  return { before, after };
}

async function importFile(csv: string) {
  const response = await as(admin, 'POST', `/api/admin/rounds/${YEAR}/responses/import`, csv, 'text/csv');
  expect(response.statusCode, response.body).toBe(200);
}

const readResponse = async () => (await as(respondent, 'GET', responseUrl(YEAR, respondentOrgId))).json();

async function save(areaKey: string, main: 'yes' | 'no') {
  const { version } = await readResponse();
  const response = await as(respondent, 'PUT', `${responseUrl(YEAR, respondentOrgId)}/areas/${areaKey}`, {
    version,
    main,
    followup: null,
    comment: null,
  });
  expect(response.statusCode, response.body).toBe(200);
}

beforeAll(async () => {
  admin = await loginAs(ctx.app, [{ role: 'admin' }]);
  analyst = await loginAs(ctx.app, [{ role: 'analyst' }]);
  respondent = await loginAs(ctx.app, [{ role: 'respondent', organisationCode: RESPONDENT_ORG }]);
  respondentOrgId = await organisationIdByCode(ctx.app, RESPONDENT_ORG);
  ({ areas: generatorAreas } = await currentBank(ctx.app));
  areaKeys = generatorAreas.map((a) => a.key);
  const codes = (await ctx.app.db.selectFrom('organisation').select('code').where('type', '=', 'kommun').orderBy('code').limit(41).execute()).map(
    (o) => o.code,
  );
  uninvited = codes.pop()!;
  invited = codes;
  roundId = await openRoundWithInvitations(ctx.app, YEAR, invited);
  const others = invited.filter((code) => code !== RESPONDENT_ORG);
  await importFile(generateResponseCsv({ organisationCodes: others, year: YEAR, areas: generatorAreas, profile: closedRoundProfile(YEAR), seed: 3 }));
});

describe('the results cache', () => {
  it('answers a repeated view without computing it again, a view counting drafts too', async () => {
    await aggregates({ county: '01' });
    const computed = cache().computations;
    expect(await aggregates({ county: '01' })).toEqual(await computeAggregates(ctx.app.db, await round(), { county: '01' }));
    expect(cache().computations).toBe(computed);

    await aggregates({ include: 'drafts' });
    await aggregates({ include: 'drafts' });
    expect(cache().computations).toBe(computed + 1);
  });

  it('follows a respondent’s first save (a new draft response), which moves the round’s revision', async () => {
    const { before, after } = await afterChange(() => save(areaKeys[0]!, 'yes'), [{}, { county: '01' }], 'round');
    expect(after[0].responses.draft).toBe(before[0].responses.draft + 1);
  });

  it('keeps the submitted-only answer through draft autosaves, which move no revision', async () => {
    const total = await readTotalRevision(ctx.app.db);
    const drafts = await aggregates({ include: 'drafts' });
    const { before, after } = await afterChange(
      async () => {
        await save(areaKeys[1]!, 'no');
        await save(areaKeys[0]!, 'no');
      },
      [{}, { county: '01' }],
      'none',
    );
    expect(after).toEqual(before);
    expect(await readTotalRevision(ctx.app.db)).toBe(total);
    // Views counting drafts are keyed by the draft answers too: the autosaves show at once.
    const computed = cache().computations;
    const withDrafts = await aggregates({ include: 'drafts' });
    expect(cache().computations).toBe(computed + 1);
    expect(withDrafts).toEqual(await computeAggregates(ctx.app.db, await round(), { include: 'drafts' }));
    expect(withDrafts).not.toEqual(drafts);
  });

  it('follows a submit', async () => {
    const { before, after } = await afterChange(
      async () => {
        const { version } = await readResponse();
        const response = await as(respondent, 'POST', `${responseUrl(YEAR, respondentOrgId)}/submit`, { version });
        expect(response.statusCode, response.body).toBe(200);
      },
      [{}, { county: '01' }],
      'round',
    );
    expect(after[0].responses.submitted).toBe(before[0].responses.submitted + 1);
  });

  it('follows a reopen', async () => {
    const { before, after } = await afterChange(
      async () => {
        const response = await as(admin, 'POST', `/api/admin/rounds/${YEAR}/organisations/${respondentOrgId}/reopen`, { reason: 'Fel i svaret' });
        expect(response.statusCode, response.body).toBe(200);
      },
      [{}, { county: '01' }],
      'round',
    );
    expect(after[0].responses.submitted).toBe(before[0].responses.submitted - 1);
  });

  it('follows the import of a response file', async () => {
    const others = invited.filter((code) => code !== RESPONDENT_ORG);
    const csv = generateResponseCsv({ organisationCodes: others, year: YEAR, areas: generatorAreas, profile: closedRoundProfile(YEAR), seed: 4 });
    const { before, after } = await afterChange(() => importFile(csv), [{}, { county: '01' }], 'round');
    expect(after[0]).not.toEqual(before[0]);
  });

  it('follows a new invitation', async () => {
    const { before, after } = await afterChange(
      async () => {
        const response = await as(admin, 'POST', `/api/admin/rounds/${YEAR}/invitations`, {
          selection: { kind: 'codes', codes: [uninvited] },
          sendMail: false,
        });
        expect(response.statusCode, response.body).toBe(200);
        expect(response.json().invited).toBe(1);
      },
      [{}],
      'round',
    );
    expect(after[0].invited).toBe(before[0].invited + 1);
  });

  it('follows an organisation moving county, and changing type', async () => {
    const moved = invited.find((code) => code.startsWith('01') && code !== RESPONDENT_ORG)!;
    const { before, after } = await afterChange(
      async () => {
        const id = await organisationIdByCode(ctx.app, moved);
        const response = await as(admin, 'PATCH', `/api/admin/organisations/${id}`, { countyCode: '03' });
        expect(response.statusCode, response.body).toBe(200);
      },
      [{ county: '01' }, { county: '03' }],
      'global',
    );
    expect(after[0].invited).toBe(before[0].invited - 1);
    expect(after[1].invited).toBe(before[1].invited + 1);

    // The API does not change types; a script or a migration might. Triggers see every write.
    const { before: kommuner, after: fewer } = await afterChange(
      async () => {
        await ctx.app.db.updateTable('organisation').set({ type: 'kommunalforbund' }).where('code', '=', moved).execute();
      },
      [{ orgType: 'kommun' }, { orgType: 'kommunalforbund' }],
      'global',
    );
    expect(fewer[0].invited).toBe(kommuner[0].invited - 1);
  });

  it('follows an import of organisation attributes, and a change of one', async () => {
    const group = invited.slice(0, 12);
    const csv = ['code,attribute,value', ...group.map((code) => `${code},kommungrupp,A`)].join('\r\n');
    const filters = [
      { attribute: 'kommungrupp', value: 'A' },
      { attribute: 'kommungrupp', value: 'B' },
    ];
    const { after } = await afterChange(
      async () => {
        const response = await as(admin, 'POST', '/api/admin/organisations/attributes/import', csv, 'text/csv; charset=utf-8');
        expect(response.statusCode, response.body).toBe(200);
      },
      filters,
      'global',
    );
    expect(after[0].invited).toBe(group.length);

    const { after: changed } = await afterChange(
      async () => {
        const id = await organisationIdByCode(ctx.app, group[0]!);
        await ctx.app.db.updateTable('organisation_attribute').set({ value: 'B' }).where('organisation_id', '=', id).execute();
      },
      filters,
      'global',
    );
    expect(changed.map((a) => a.invited)).toEqual([group.length - 1, 1]);
  });

  it('follows a change of the round’s state', async () => {
    await afterChange(
      async () => {
        const response = await as(admin, 'POST', `/api/admin/rounds/${YEAR}/state`, { state: 'closed' });
        expect(response.statusCode, response.body).toBe(200);
      },
      [{}],
      'round',
    );
  });

  it('keeps crosstabs and trends fresh too, and a refused crosstab is not kept', async () => {
    const [a, b] = [areaKeys[1]!, areaKeys[2]!];
    const crosstab = async () => (await as(admin, 'GET', `/api/rounds/${YEAR}/crosstab${queryOf({ a, b })}`)).json();
    const trends = async () => (await as(admin, 'GET', '/api/results/trends')).json();
    await crosstab();
    await trends();
    const totalBefore = await readTotalRevision(ctx.app.db);
    const others = invited.filter((code) => code !== RESPONDENT_ORG);
    await importFile(
      generateResponseCsv({ organisationCodes: others, year: YEAR, areas: generatorAreas, profile: closedRoundProfile(YEAR), seed: 5 }),
    );
    expect(await readTotalRevision(ctx.app.db)).toBeGreaterThan(totalBefore);
    expect(await crosstab()).toEqual(await computeCrosstab(ctx.app.db, await round(), { a, b }));
    expect(await trends()).toEqual(await computeTrends(ctx.app.db, {}));

    const computed = cache().computations;
    for (let i = 0; i < 2; i++) {
      const refused = await as(analyst, 'GET', `/api/rounds/${YEAR}/crosstab?a=${a}&b=nonsense`);
      expect(refused.statusCode).toBe(400);
    }
    expect(cache().computations).toBe(computed + 2);
  });

  it('serves organisation results’ comparisons from the cache, fresh after a change', async () => {
    const url = `/api/organisations/${respondentOrgId}/results?year=${YEAR}&lang=sv`;
    const comparisons = async () => (await as(admin, 'GET', url)).json().comparisons;
    await comparisons();
    const computed = cache().computations;
    const first = await comparisons();
    expect(cache().computations).toBe(computed);
    // The county's group (its national group may be withheld: organisations of other types were invited).
    const counted = async () => {
      const { responses } = await computeAggregates(ctx.app.db, await round(), { orgType: 'kommun', county: '01', include: 'drafts' });
      return responses!.submitted + responses!.draft;
    };
    expect(first[1]).toMatchObject({ kind: 'county', counted: await counted() });

    const id = await organisationIdByCode(
      ctx.app,
      invited.find((code) => code !== RESPONDENT_ORG && code.startsWith('01'))!,
    );
    await ctx.app.db.deleteFrom('response').where('round_id', '=', roundId).where('organisation_id', '=', id).execute();
    expect((await comparisons())[1]).toMatchObject({ kind: 'county', counted: await counted() });
  });
});

describe('the revision triggers, on writes from any source', () => {
  const responseWith = async (status: 'draft' | 'submitted') =>
    (await ctx.app.db.selectFrom('response').select('id').where('round_id', '=', roundId).where('status', '=', status).executeTakeFirstOrThrow()).id;
  const upsertAnswer = (responseId: number, main: 'yes' | 'no') =>
    ctx.app.db
      .insertInto('answer')
      .values({ response_id: responseId, area_key: 'risk', main })
      .onConflict((oc) => oc.columns(['response_id', 'area_key']).doUpdateSet({ main, followup: null }))
      .execute();

  it('bump the round for an answer of a submitted response, inserted or updated', async () => {
    const id = await responseWith('submitted');
    for (const main of ['yes', 'no'] as const) {
      const before = await stamp();
      await upsertAnswer(id, main);
      expect((await stamp()).round).toBe(before.round + 1);
    }
  });

  it('bump nothing for a draft’s answers in an open round or a version bump, and once per statement otherwise', async () => {
    await inRoundState('open', async () => {
      const id = await responseWith('draft');
      const before = await stamp();
      await upsertAnswer(id, 'yes');
      await upsertAnswer(id, 'no');
      await ctx.app.db
        .updateTable('response')
        .set((eb) => ({ version: eb('version', '+', 1) }))
        .where('id', '=', id)
        .execute();
      expect(await stamp()).toEqual(before);

      await ctx.app.db
        .deleteFrom('answer')
        .where('response_id', 'in', ctx.app.db.selectFrom('response').select('id').where('round_id', '=', roundId))
        .execute();
      expect((await stamp()).round).toBe(before.round + 1);
    });
  });

  it('bump the round for a draft’s answers when the round is not open (an import; nobody autosaves there)', async () => {
    await inRoundState('closed', async () => {
      const id = await responseWith('draft');
      const before = await stamp();
      await upsertAnswer(id, 'yes');
      expect((await stamp()).round).toBe(before.round + 1);
      await ctx.app.db.deleteFrom('answer').where('response_id', '=', id).where('area_key', '=', 'risk').execute();
    });
  });

  it('bump the round when an answer moves out of a submitted response', async () => {
    await inRoundState('open', async () => {
      const [from, to] = [await responseWith('submitted'), await responseWith('draft')];
      await upsertAnswer(from, 'yes');
      const before = await stamp();
      await ctx.app.db.updateTable('answer').set({ response_id: to }).where('response_id', '=', from).execute();
      expect((await stamp()).round).toBe(before.round + 1);
    });
  });
});

/** Runs the checks with the round in that state (set directly, as a script would), then puts it back. */
async function inRoundState(state: 'open' | 'closed', checks: () => Promise<void>) {
  const before = (await round()).state;
  await ctx.app.db.updateTable('round').set({ state }).where('id', '=', roundId).execute();
  try {
    await checks();
  } finally {
    await ctx.app.db.updateTable('round').set({ state: before }).where('id', '=', roundId).execute();
  }
}

describe('ResultsCache', () => {
  const view = { kind: 'test', roundId: 1, open: false, filters: {} };

  it('computes every time when off (RESULTS_CACHE_ENTRIES=0), without reading a stamp', async () => {
    const off = new ResultsCache(0);
    let runs = 0;
    const compute = async () => ({ run: ++runs });
    expect(await off.forRound(ctx.app.db, view, compute)).toEqual({ run: 1 });
    expect(await off.forRound(ctx.app.db, view, compute)).toEqual({ run: 2 });
    expect(off.computations).toBe(2);
  });

  it('shares one computation between concurrent misses, and hands out frozen results', async () => {
    const on = new ResultsCache(10);
    let runs = 0;
    const compute = async () => ({ run: ++runs, nested: { list: [1] } });
    const results = await Promise.all([1, 2, 3].map(() => on.forRound(ctx.app.db, view, compute)));
    expect(runs).toBe(1);
    expect(results[1]).toBe(results[0]);
    expect(() => {
      results[0]!.nested.list.push(2);
    }).toThrow(TypeError);
  });

  it('tells filters apart in the key, whatever their order', async () => {
    const on = new ResultsCache(10);
    let runs = 0;
    const compute = async () => ({ run: ++runs });
    await on.forRound(ctx.app.db, { ...view, filters: { county: '01', orgType: 'kommun' } }, compute);
    await on.forRound(ctx.app.db, { ...view, filters: { orgType: 'kommun', county: '01', attribute: undefined } }, compute);
    expect(runs).toBe(1);
    await on.forRound(ctx.app.db, { ...view, filters: { county: '01' } }, compute);
    await on.forRound(ctx.app.db, { ...view, kind: 'crosstab', filters: { county: '01' } }, compute);
    expect(runs).toBe(3);
  });
});
