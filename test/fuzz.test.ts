import fc from 'fast-check';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE, createSession } from '#server/auth/sessions';
import { useTestApp } from './support/app';
import { createUser, organisationIdByCode } from './support/auth';
import { invalidBody, nastyNumber, nastyQuery, nastyString, routesFromOpenApi, type FuzzRoute } from './support/fuzz';
import { openRoundWithInvitations, responseUrl } from './support/survey';

/**
 * Property-based fuzzing of every /api route's params, query and body, as an
 * administrator and as a respondent: every answer is below 500, every error
 * is in the error shape, every write with a body it must refuse is a 4xx,
 * and no stored data changes.
 */

const ctx = useTestApp();
const YEAR = 2031;
/**
 * Cases per route and caller: 10 in `npm test` (a new random seed each run, so runs together cover more), more where
 * there is time (FUZZ_RUNS=100 nightly: test/README.md). A failure names its seed: FUZZ_SEED=<seed> replays it.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 10);
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
// Logging out would end the session the rest of the run fuzzes with.
const SKIPPED = new Set(['POST /api/auth/logout']);
const TABLES = [
  'round',
  'round_invitation',
  'response',
  'answer',
  'response_submission',
  'organisation',
  'organisation_attribute',
  'app_user',
  'user_role',
  'question_bank_version',
  'question_area',
  'followup_option',
];

let ownOrg: number;
const cookies: Record<'admin' | 'respondent', string> = { admin: '', respondent: '' };
let before: Record<string, unknown>;

async function cookieFor(roles: Parameters<typeof createUser>[1]): Promise<string> {
  const user = await createUser(ctx.app, roles);
  return `${SESSION_COOKIE}=${await createSession(ctx.app.db, user.id, { userAgent: null, ip: null })}`;
}

async function snapshot(): Promise<Record<string, unknown>> {
  const entries = await Promise.all(
    TABLES.map(async (table) => {
      const { rows } = await sql<{ rows: unknown }>`
        select coalesce(jsonb_agg(to_jsonb(t) order by to_jsonb(t)::text), '[]'::jsonb) as rows from ${sql.table(table)} t`.execute(ctx.app.db);
      return [table, rows[0]!.rows] as const;
    }),
  );
  return Object.fromEntries(entries);
}

beforeAll(async () => {
  await openRoundWithInvitations(ctx.app, YEAR, ['0114', '0115']);
  ownOrg = await organisationIdByCode(ctx.app, '0114');
  cookies.admin = await cookieFor([{ role: 'admin' }]);
  cookies.respondent = await cookieFor([{ role: 'respondent', organisationCode: '0114' }]);
  const saved = await ctx.app.inject({
    method: 'PUT',
    url: `${responseUrl(YEAR, ownOrg)}/areas/ciso`,
    headers: { cookie: cookies.respondent },
    payload: { version: 0, main: 'yes', followup: 'lt25', comment: 'Före fuzzning' },
  });
  expect(saved.statusCode).toBe(200);
  before = await snapshot();
});

const routes = () =>
  routesFromOpenApi(ctx.app.swagger() as Parameters<typeof routesFromOpenApi>[0]).filter(
    (r) => r.url.startsWith('/api/') && !r.url.startsWith('/api/docs'),
  );

/** Garbage, plausible-but-absent and (for the survey's own round, organisation and area) existing values. */
function pathValue(name: string): fc.Arbitrary<string> {
  const existing = { year: String(YEAR), organisationId: String(ownOrg), areaKey: 'ciso' }[name];
  const plausible = fc.constantFrom('2099', '999999', '2147483647', '2147483648', '9007199254740991', '0', '-1', '1.5', '1e3', 'ciso', '2019');
  const garbage = fc.oneof(
    nastyString.filter((s) => s.length > 0 && s.length < 2000),
    nastyNumber.map(String),
  );
  return fc.oneof(garbage, plausible, ...(existing ? [fc.constant(existing)] : []));
}

function encodePathValue(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return '%ED%A0%80'; // a lone surrogate, as raw (invalid) UTF-8
  }
}

function requestArbitrary(route: FuzzRoute) {
  const params = fc.record(Object.fromEntries(route.pathParams.map((name) => [name, pathValue(name)])));
  const hasBody = route.method !== 'GET';
  return fc.record({
    params,
    query: fc.option(nastyQuery(route), { nil: undefined }),
    body: hasBody ? invalidBody(route) : fc.constant(undefined),
  });
}

function expectErrorShape(body: string, context: string) {
  const parsed = JSON.parse(body) as Record<string, unknown>;
  expect(Object.keys(parsed), context).toEqual(['error']);
  const error = parsed.error as Record<string, unknown>;
  expect(typeof error.code, context).toBe('string');
  expect(typeof error.message, context).toBe('string');
  expect(
    Object.keys(error).filter((k) => !['code', 'message', 'details'].includes(k)),
    context,
  ).toEqual([]);
}

type FuzzRequest = { params: Record<string, string>; query: string | undefined; body: { payload: string; contentType: string } | undefined };

async function answersSafely(route: FuzzRoute, actor: keyof typeof cookies, { params, query, body }: FuzzRequest) {
  const path = route.url.replace(/:(\w+)/g, (_, name: string) => encodePathValue(params[name]!));
  const url = query ? `${path}?${query}` : path;
  const response = await ctx.app.inject({
    method: route.method as 'GET',
    url,
    headers: { cookie: cookies[actor], ...(body && { 'content-type': body.contentType }) },
    ...(body && { payload: body.payload }),
  });
  const context = `${actor} ${route.method} ${url.slice(0, 200)} ${body?.payload.slice(0, 200) ?? ''} → ${response.statusCode} ${response.body.slice(0, 300)}`;
  expect(response.statusCode, context).toBeLessThan(500);
  // A write whose body the schema must refuse never succeeds.
  const mustRefuse = route.method !== 'GET' && (route.bodyProperties !== null || route.textBody);
  if (mustRefuse) expect(response.statusCode, context).toBeGreaterThanOrEqual(400);
  if (response.statusCode >= 400) expectErrorShape(response.body, context);
}

describe('fuzzing every route', () => {
  it('enumerates the same routes the app registered', () => {
    const fuzzed = routes()
      .map((r) => `${r.method} ${r.url}`)
      .sort();
    const registered = ctx.app.apiRoutes.map((r) => `${r.method} ${r.url}`).sort();
    expect(fuzzed).toEqual(registered);
  });

  for (const actor of ['admin', 'respondent'] as const) {
    it(`answers hostile input as ${actor} with a 4xx in the error shape, never a 5xx`, async () => {
      const failures: string[] = [];
      for (const route of routes()) {
        if (SKIPPED.has(`${route.method} ${route.url}`)) continue;
        const result = await fc.check(
          fc.asyncProperty(requestArbitrary(route), (request) => answersSafely(route, actor, request)),
          { numRuns: RUNS, ...(SEED !== undefined && { seed: SEED }) },
        );
        if (result.failed) {
          const message = String((result.errorInstance as Error | undefined)?.message ?? result.counterexample).split('\n')[0]!;
          failures.push(`${message} (FUZZ_SEED=${result.seed})`);
        }
      }
      expect(failures).toEqual([]);
    });
  }

  it('changed no stored data', async () => {
    expect(await snapshot()).toEqual(before);
  });
});
