// The app as `npm start` runs it (compiled server, built client, demo data),
// the pages the page benchmarks visit and how they log in: shared by
// bench/pages.ts (Lighthouse) and bench/page-trace.ts (main-thread trace).
import { spawn, type ChildProcess } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { paths, surveyPatterns } from '#shared/client-routes';
import { buildClientIfStale } from '../../scripts/client-build.mjs';
import { SERVER_ENTRY, buildServerIfStale } from '../../scripts/server-build.mjs';
import { ROOT, stopChild } from './environment';
import { freePort } from '../../scripts/free-port';
import { waitForOk } from './ports';

const DEMO_PASSWORD = 'mognad-demo-2026';

export type PageContext = { openYear: number; organisationId: number };
export type PageSpec = { name: string; account?: string; path: (context: PageContext) => string };

export const PAGES: PageSpec[] = [
  { name: 'start', path: () => paths.start },
  {
    name: 'survey',
    account: 'respondent@demo.mognad.se',
    path: ({ openYear, organisationId }) => surveyPatterns.form.replace(':year', String(openYear)).replace(':organisationId', String(organisationId)),
  },
  { name: 'results', account: 'respondent@demo.mognad.se', path: () => paths.results },
  { name: 'national', account: 'analyst@demo.mognad.se', path: () => paths.national },
];

/** The pages named in a comma-separated list, in the list's order. */
export function selectPages(list: string): PageSpec[] {
  return list.split(',').map((name) => {
    const page = PAGES.find((candidate) => candidate.name === name.trim());
    if (!page) throw new Error(`unknown page ${name}; pages: ${PAGES.map((p) => p.name).join(', ')}`);
    return page;
  });
}

/**
 * The app as `npm start` runs it: compiled server, built client, demo data, on a fresh data dir.
 * `buildClient: false` serves web/dist as it is (e.g. a profiling build).
 */
export async function startApp(options: { buildClient?: boolean } = {}): Promise<{ baseUrl: string; stop: () => Promise<void> }> {
  await buildServerIfStale();
  if (options.buildClient !== false) buildClientIfStale();
  const dataDir = await mkdtemp(path.join(tmpdir(), 'mognad-pages-'));
  await chmod(dataDir, 0o755);
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    DATA_DIR: dataDir,
    PORT: String(port),
    PUBLIC_URL: baseUrl,
    EMBEDDED_DB_PORT: String(await freePort()),
    SEED_DEMO: 'true',
    LOG_LEVEL: 'warn',
    // The demo analyst logs in with its password alone here: the bench measures pages, not MFA (docs/decisions/0024).
    MFA_REQUIRED_ROLES: 'none',
  };
  console.log('Starting the app with demo data…');
  const child: ChildProcess = spawn(process.execPath, [SERVER_ENTRY], { cwd: ROOT, env, stdio: ['ignore', 'inherit', 'inherit'] });
  try {
    await waitForOk(`${baseUrl}/api/health`, 180_000, 100);
  } catch (error) {
    await stopChild(child);
    throw error;
  }
  return {
    baseUrl,
    stop: async () => {
      await stopChild(child);
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Logs in as a demo account; the session cookie(s) as a Cookie header value. */
export async function logIn(baseUrl: string, email: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: baseUrl },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  if (!response.ok) throw new Error(`login as ${email}: ${response.status} ${await response.text()}`);
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0]!)
    .join('; ');
}

/** A Cookie header value (as `logIn` returns it) as cookies for a browser's jar, for pages at `baseUrl`. */
export function cookiesFor(header: string, baseUrl: string): { name: string; value: string; url: string }[] {
  if (!header) return [];
  return header.split('; ').map((pair) => {
    const [name, ...value] = pair.split('=');
    return { name: name!, value: value.join('='), url: baseUrl };
  });
}

/** The open round and the demo respondent's organisation, for the survey form's address. */
export async function pageContext(baseUrl: string): Promise<PageContext> {
  const cookie = await logIn(baseUrl, 'respondent@demo.mognad.se');
  const get = async <T>(pathname: string) => (await (await fetch(`${baseUrl}${pathname}`, { headers: { cookie } })).json()) as T;
  const me = await get<{ user: { roles: { role: string; organisationId?: number }[] } }>('/api/auth/me');
  const rounds = await get<{ rounds: { year: number; state: string }[] }>('/api/rounds');
  const organisationId = me.user.roles.find((role) => role.role === 'respondent')?.organisationId;
  const openYear = rounds.rounds.find((round) => round.state === 'open')?.year;
  if (!organisationId || !openYear) throw new Error('the demo data has no open round for the demo respondent: start the app with SEED_DEMO=true');
  return { openYear, organisationId };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
