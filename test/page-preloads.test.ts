import { readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '#server/app';
import { loadConfig } from '#server/config';
import { clientRoutePatterns, matchClientRoute, paths, surveyPatterns } from '#shared/client-routes';
import { pagePreloads, type PreloadLanguage } from '#shared/page-preloads';
import { injectFromOwnOrigin } from './support/app';
import { loginAs, organisationIdByCode } from './support/auth';
import { createTestDatabase } from './support/database';

// The built client as `npm start` serves it (test/global-setup.ts builds web/dist when stale).
const WEB = path.resolve(import.meta.dirname, '../web');
const manifest = JSON.parse(readFileSync(path.join(WEB, 'dist/.vite/manifest.json'), 'utf8')) as Record<
  string,
  { file: string; isEntry?: boolean; imports?: string[]; css?: string[] }
>;

/** The route table's lazy routes as routes.tsx writes them: pattern (the `paths`/`surveyPaths` name resolved), module, namespaces. */
function lazyRoutesOfTheRouteTable(): { pattern: string; module: string; namespaces: string[] }[] {
  const source = readFileSync(path.join(WEB, 'src/app/routes.tsx'), 'utf8');
  const named: Record<string, string> = {
    ...Object.fromEntries(Object.entries(paths).map(([name, pattern]) => [`paths.${name}`, pattern])),
    'surveyPaths.formPattern': surveyPatterns.form,
    'surveyPaths.reviewPattern': surveyPatterns.review,
  };
  const route = /\{\s*(?:index: true|path: ([\w.]+)|path: '\*'),\s*lazy: page\(\(\) => import\('#web\/([^']+)'\)(?:,\s*\[([^\]]*)\])?\)/g;
  return [...source.matchAll(route)].flatMap(([whole, pathName, module, namespaces]) => {
    if (whole.includes("path: '*'")) return [];
    const pattern = pathName === undefined ? paths.start : named[pathName];
    if (pattern === undefined) throw new Error(`routes.tsx: ${pathName} is not a known path name`);
    return [{ pattern, module: `src/${module}.tsx`, namespaces: [...(namespaces ?? '').matchAll(/'([^']+)'/g)].map(([, name]) => name!) }];
  });
}

describe('the table of what each page needs', () => {
  it('says for every route of the route table the module and namespaces routes.tsx loads, and has no page the table lacks', () => {
    const routes = lazyRoutesOfTheRouteTable();
    // Every lazy route with a path was read (a route written in another shape would be missed and fail here).
    expect(routes.length).toBe((readFileSync(path.join(WEB, 'src/app/routes.tsx'), 'utf8').match(/lazy: page\(/g) ?? []).length - 1);
    expect(Object.fromEntries(routes.map(({ pattern, module, namespaces }) => [pattern, { module, namespaces }]))).toEqual(
      Object.fromEntries(Object.entries(pagePreloads).map(([pattern, { module, namespaces }]) => [pattern, { module, namespaces: [...namespaces] }])),
    );
    expect(new Set(routes.map((route) => route.pattern))).toEqual(new Set(clientRoutePatterns));
  });

  it('names modules and namespaces the build has', () => {
    for (const { module, namespaces } of Object.values(pagePreloads)) {
      expect(manifest[module], module).toBeDefined();
      for (const namespace of namespaces) expect(manifest[`src/i18n/sv/${namespace}.json`], namespace).toBeDefined();
    }
  });

  it('matches addresses as the router does: case, trailing slash, parameters, fixed segments first', () => {
    expect(matchClientRoute('/')).toEqual({ pattern: paths.start, params: {} });
    expect(matchClientRoute('/Resultat/')).toEqual({ pattern: paths.results, params: {} });
    expect(matchClientRoute('/enkat/2026/165')).toEqual({ pattern: surveyPatterns.form, params: { year: '2026', organisationId: '165' } });
    expect(matchClientRoute('/organisation/grupp')?.pattern).toBe(paths.group);
    expect(matchClientRoute('/administration/omgangar/2026')).toEqual({ pattern: paths.adminRound, params: { year: '2026' } });
    expect(matchClientRoute('/enkat/2026')).toBeUndefined();
  });

  const page = (params: Record<string, string>, language: PreloadLanguage = 'sv', organisations = new Map<number, string>(), query = '') => ({
    params,
    search: new URLSearchParams(query),
    language,
    organisations,
  });

  it('preloads survey data only for whole-number years and organisations', () => {
    const data = pagePreloads[surveyPatterns.form].data!;
    expect(data(page({ year: '2026', organisationId: '165' }))).toEqual([
      '/api/rounds/2026/organisations/165/response',
      '/api/rounds/2026/questions?lang=sv',
    ]);
    expect(data(page({ year: '2026', organisationId: '165' }, 'en'))).toEqual([
      '/api/rounds/2026/organisations/165/response',
      '/api/rounds/2026/questions?lang=en',
    ]);
    for (const params of [
      { year: 'x', organisationId: '1' },
      { year: '2026', organisationId: '1%2F..' },
      { year: '2026', organisationId: '01' },
      {},
    ] as Record<string, string>[]) {
      expect(data(page(params)), JSON.stringify(params)).toEqual([]);
    }
  });

  it('preloads the results of the organisation the results page shows first, as the client chooses it', () => {
    const data = pagePreloads[paths.results].data!;
    const reads = new Map([
      [19, 'Nacka'],
      [291, 'Nacka Vatten och Avfall AB'],
    ]);
    expect(data(page({}, 'sv', reads))).toEqual(['/api/organisations/19/results?lang=sv']);
    expect(data(page({}, 'en', reads))).toEqual(['/api/organisations/19/results?lang=en']);
    // A link naming an organisation the reader reads shows that one; any other, the reader's first.
    expect(data(page({}, 'sv', reads, 'organisation=291&ar=2024'))).toEqual(['/api/organisations/291/results?lang=sv']);
    for (const query of ['organisation=7', 'organisation=..%2F19', 'organisation=']) {
      expect(data(page({}, 'sv', reads, query)), query).toEqual(['/api/organisations/19/results?lang=sv']);
    }
    // A reader of no organisation (an analyst) sees no results there: nothing to preload.
    expect(data(page({}, 'sv'))).toEqual([]);
  });
});

describe('the page HTML the server sends', () => {
  let app: FastifyInstance;
  let drop: () => Promise<void>;
  const entry = Object.values(manifest).find((chunk) => chunk.isEntry)!;

  beforeAll(async () => {
    const database = await createTestDatabase();
    drop = database.drop;
    app = await buildApp({ config: loadConfig({ SEED_DEMO: 'false', LOG_LEVEL: 'silent' }), databaseUrl: database.url, serveClient: true });
    await app.ready();
    injectFromOwnOrigin(app);
  });
  afterAll(async () => {
    await app?.close();
    await drop?.();
  });

  const html = async (url: string, cookie?: string) =>
    (await app.inject({ url, headers: { 'accept-encoding': 'identity', ...(cookie ? { cookie } : {}) } })).body;
  const linksOf = (text: string) => [
    ...text.matchAll(/<link rel="(modulepreload|preload)"(?: as="(\w+)")?(?: crossorigin)?(?: fetchpriority="low")? href="([^"]+)">/g),
  ];
  /** The chunk files a manifest key needs, itself and its static imports, as addresses. */
  const chunksOf = (key: string, seen = new Set<string>()): string[] => {
    if (seen.has(key)) return [];
    seen.add(key);
    const chunk = manifest[key]!;
    return [`/${chunk.file}`, ...(chunk.imports ?? []).flatMap((imported) => chunksOf(imported, seen))];
  };

  it('names the results page’s chunk, its static imports and namespaces, its styles and the session, and not the entry', async () => {
    const text = await html('/resultat');
    const links = linksOf(text);
    const modules = links.filter(([, rel]) => rel === 'modulepreload').map(([, , , href]) => href);
    const expected = new Set(
      [...chunksOf('src/pages/results/ResultsPage.tsx'), ...chunksOf('src/i18n/sv/results.json'), ...chunksOf('src/i18n/sv/plan.json')].filter(
        (href) => href !== `/${entry.file}`,
      ),
    );
    expect(new Set(modules)).toEqual(expected);
    const styles = links.filter(([, , as]) => as === 'style').map(([, , , href]) => href);
    expect(styles).toContain(`/${manifest['src/pages/results/ResultsPage.tsx']!.css![0]}`);
    expect(styles).not.toContain(`/${entry.css![0]}`);
    expect(links.filter(([, , as]) => as === 'fetch').map(([, , , href]) => href)).toEqual(['/api/auth/me']);
    // In the head, after the entry's own script and stylesheet.
    expect(text.indexOf('<link rel="modulepreload"')).toBeGreaterThan(text.indexOf(entry.file));
    expect(text.indexOf('<link rel="modulepreload"')).toBeLessThan(text.indexOf('</head>'));
  });

  it('names the English texts beside the Swedish ones for a reader whose language cookie says English, and only then', async () => {
    const modulesOf = async (cookie?: string) =>
      new Set(
        linksOf(await html('/resultat', cookie))
          .filter(([, rel]) => rel === 'modulepreload')
          .map(([, , , href]) => href),
      );
    const english = await modulesOf('mognad_language=en');
    const catalogues = (lang: string, namespaces: string[]) => namespaces.flatMap((namespace) => chunksOf(`src/i18n/${lang}/${namespace}.json`));
    // The page's own namespaces in both languages (Swedish is the fallback), and the shell's English texts, which an
    // English visit fetches before its first render.
    for (const href of [...catalogues('en', ['results', 'plan', 'common', 'auth', 'start']), ...catalogues('sv', ['results', 'plan'])]) {
      expect(english, href).toContain(href);
    }
    for (const cookie of [undefined, 'mognad_language=sv', 'mognad_language=de']) {
      const swedish = await modulesOf(cookie);
      for (const href of catalogues('en', ['results', 'common'])) expect(swedish, `${cookie}: ${href}`).not.toContain(href);
    }
  });

  it('names the survey’s response and questions, and the results page’s results, with a session; only the session without; nothing for non-pages', async () => {
    const { cookie } = await loginAs(app, [{ role: 'respondent', organisationCode: '0114' }]);
    const organisationId = await organisationIdByCode(app, '0114');
    const fetched = async (url: string, withCookie?: string) =>
      linksOf(await html(url, withCookie))
        .filter(([, , as]) => as === 'fetch')
        .map(([, , , href]) => href);
    expect(await fetched(`/enkat/2026/${organisationId}`, cookie)).toEqual([
      '/api/auth/me',
      `/api/rounds/2026/organisations/${organisationId}/response`,
      '/api/rounds/2026/questions?lang=sv',
    ]);
    expect(await fetched('/nationellt', cookie)).toEqual(['/api/auth/me', '/api/rounds', '/api/results/filter-options']);
    // The results page: the respondent's own organisation's, found through the session; an analyst reads none.
    expect(await fetched('/resultat', cookie)).toEqual(['/api/auth/me', `/api/organisations/${organisationId}/results?lang=sv`]);
    expect(await fetched('/resultat?organisation=1', cookie)).toEqual(['/api/auth/me', `/api/organisations/${organisationId}/results?lang=sv`]);
    const analyst = await loginAs(app, [{ role: 'analyst' }]);
    expect(await fetched('/resultat', analyst.cookie)).toEqual(['/api/auth/me']);
    // An English reader's survey asks for the English questions.
    expect(await fetched(`/enkat/2026/${organisationId}`, `${cookie}; mognad_language=en`)).toEqual([
      '/api/auth/me',
      `/api/rounds/2026/organisations/${organisationId}/response`,
      '/api/rounds/2026/questions?lang=en',
    ]);
    // Without a session (or with one that has ended) the page goes to the login page: its data would be a 401 that a
    // later fetch of the same address in the same document, after the login, could be handed.
    for (const withCookie of [undefined, 'mognad_session=ended']) {
      expect(await fetched(`/enkat/2026/${organisationId}`, withCookie), String(withCookie)).toEqual(['/api/auth/me']);
      expect(await fetched('/nationellt', withCookie), String(withCookie)).toEqual(['/api/auth/me']);
      expect(await fetched('/resultat', withCookie), String(withCookie)).toEqual(['/api/auth/me']);
    }
    expect(linksOf(await html('/finns-inte', cookie))).toEqual([]);
    expect(linksOf(await html('/enkat/2026', cookie))).toEqual([]);
    // What a page preloads is personal: the API's answers are never stored (the preload is the page's alone).
    for (const url of ['/api/auth/me', `/api/rounds/2026/organisations/${organisationId}/response`]) {
      expect((await app.inject({ url, headers: { cookie } })).headers['cache-control'], url).toBe('no-store');
    }
    for (const url of ['/api/finns-inte', '/assets/finns-inte.js']) {
      const response = await app.inject({ url });
      expect(response.statusCode, url).toBe(404);
      expect(response.headers['content-type'], url).toContain('application/json');
    }
  });

  it('serves each page compressed (brotli, gzip) with Vary, no-cache, the CSP, and 304 for its own ETag', async () => {
    const plain = await html('/nationellt');
    for (const [acceptEncoding, encoding, decode] of [
      ['br, gzip', 'br', brotliDecompressSync],
      ['gzip', 'gzip', gunzipSync],
    ] as const) {
      const response = await app.inject({ url: '/nationellt', headers: { 'accept-encoding': acceptEncoding } });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-encoding']).toBe(encoding);
      expect(response.headers.vary).toMatch(/accept-encoding/i);
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(response.headers['content-type']).toContain('text/html');
      expect(response.headers['content-security-policy']).toContain("script-src 'self'");
      expect(decode(response.rawPayload).toString()).toBe(plain);
      expect(response.rawPayload.length).toBeLessThan(plain.length);
      const again = await app.inject({ url: '/nationellt', headers: { 'accept-encoding': acceptEncoding, 'if-none-match': response.headers.etag! } });
      expect(again.statusCode).toBe(304);
    }
    // Another page, another ETag: a revalidation never keeps one page's links for another.
    const results = await app.inject({ url: '/resultat', headers: { 'accept-encoding': 'br' } });
    const national = await app.inject({ url: '/nationellt', headers: { 'accept-encoding': 'br' } });
    expect(results.headers.etag).not.toBe(national.headers.etag);
    expect((await app.inject({ url: '/resultat', headers: { 'accept-encoding': 'br', 'if-none-match': national.headers.etag! } })).statusCode).toBe(
      200,
    );
  });

  it('keeps 404 with the page for unknown addresses, and serves `/` with the start page’s preloads', async () => {
    const unknown = await app.inject({ url: '/finns-inte' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.body).toContain('<div id="root">');
    const start = await html('/');
    expect(linksOf(start).map(([, , , href]) => href)).toContain(`/${manifest['src/pages/start/StartPage.tsx']!.file}`);
  });
});
