// Page speed as users feel it: Lighthouse (mobile preset: simulated slow 4G,
// 4× CPU slowdown) in Chromium on the start, survey, results and national
// pages of the app as `npm start` runs it (compiled server, built client,
// demo data), logged in with the demo accounts where the page needs it.
// A benchmark, not a test: it prints figures; nothing in `npm test` runs it.
//
//   npm run bench:pages                        # 3 runs per page, median (about 4 minutes)
//   npm run bench:pages -- --runs 5 --pages results,national
//   npm run bench:pages -- --url http://127.0.0.1:3000   # an app already running (demo data)
//   npm run bench:pages -- --json /tmp/pages.json         # every run's figures, for comparing
//   npm run bench:pages -- --lhr /tmp/lhr                 # also each run's whole Lighthouse report (page-run.json)
//   npm run bench:pages -- --h2                           # through an HTTP/2 TLS proxy, as production behind one (needs openssl)
//   npm run bench:pages -- --trace /tmp/traces            # and the trace Lighthouse observed (page-run.trace.json, for DevTools)
//   npm run bench:pages -- --chains                       # print each page's critical request chain and LCP element
//   npm run bench:pages -- --browser whole                # the whole browser in headless mode instead of the headless shell (decision 0037)
import { mkdir, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { chromium } from 'playwright-core';
import { benchChromium } from './lib/chromium';
import { startH2Proxy } from './lib/h2-proxy';
import { PAGES, cookiesFor, logIn, median, pageContext, selectPages, startApp } from './lib/pages-app';

/** The issue's goals (median of the runs). */
const GOALS = { score: 95, lcpMs: 2500, tbtMs: 200 };

type RunFigures = {
  score: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  /** Cumulative layout shift (25 % of the score) and speed index (10 %). */
  cls: number;
  speedIndexMs: number;
  transferredBytes: number;
  scriptBytes: number;
  /** Main-thread time (scripting + parse/compile) per script file, largest first: where TBT comes from. */
  bootup: { file: string; ms: number }[];
  longTasks: number;
  /** Lighthouse's long tasks (simulated at 4×): start, duration and the script it names. */
  longTaskList: { startMs: number; ms: number; file: string }[];
  /** Lighthouse's own CPU calibration of this machine (higher is faster): compares runs on different days or hosts. */
  benchmarkIndex: number;
};

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    pages: { type: 'string', default: PAGES.map((page) => page.name).join(',') },
    url: { type: 'string' },
    json: { type: 'string' },
    lhr: { type: 'string' },
    trace: { type: 'string' },
    h2: { type: 'boolean', default: false },
    chains: { type: 'boolean', default: false },
    tasks: { type: 'boolean', default: false },
    browser: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});

if (options.help) {
  console.log(
    'npm run bench:pages -- [--runs 3] [--pages start,survey,results,national] [--url http://…] [--json file] [--lhr dir] [--trace dir] [--h2] [--chains] [--tasks] [--browser shell|whole]',
  );
  process.exit(0);
}

async function main() {
  const runs = Number(options.runs);
  const selected = selectPages(options.pages);
  const chromiumBuild = benchChromium(options.browser);

  const app = options.url ? { baseUrl: options.url.replace(/\/$/, ''), stop: async () => undefined } : await startApp();
  // --h2: the pages through an HTTP/2 TLS proxy, as in production behind one (bench/lib/h2-proxy.ts).
  const front = options.h2 ? await startH2Proxy(app.baseUrl) : undefined;
  const pagesUrl = front?.url ?? app.baseUrl;
  console.log(`Lighthouse in Chromium's ${chromiumBuild.label}`);
  const chrome = await chromeLauncher
    .launch({
      chromePath: chromiumBuild.path,
      chromeFlags: [
        ...chromiumBuild.headlessFlags,
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        ...(front ? ['--ignore-certificate-errors'] : []),
      ],
    })
    .catch(async (error: unknown) => {
      // Not started: the app and the proxy would otherwise outlive the bench.
      await front?.stop();
      await app.stop();
      throw error;
    });
  const results: Record<string, RunFigures[]> = {};
  try {
    const context = await pageContext(app.baseUrl);
    const cookies = new Map<string, string>();
    for (const page of selected) {
      if (page.account && !cookies.has(page.account)) cookies.set(page.account, await logIn(app.baseUrl, page.account));
      const url = `${pagesUrl}${page.path(context)}`;
      results[page.name] = [];
      for (let run = 1; run <= runs; run += 1) {
        const load = loadavg()[0]!.toFixed(2);
        await holdSession(chrome.port, pagesUrl, page.account ? cookies.get(page.account) : undefined);
        const { figures, lhr, trace } = await measure(url, chrome.port);
        if (options.lhr) {
          await mkdir(options.lhr, { recursive: true });
          await writeFile(path.join(options.lhr, `${page.name}-${run}.json`), JSON.stringify(lhr));
        }
        if (options.trace) {
          await mkdir(options.trace, { recursive: true });
          await writeFile(path.join(options.trace, `${page.name}-${run}.trace.json`), JSON.stringify(trace));
        }
        if (options.chains && run === 1) printCriticalPath(page.name, lhr);
        results[page.name]!.push(figures);
        console.log(
          `${page.name.padEnd(9)} run ${run}: score ${figures.score}, FCP ${seconds(figures.fcpMs)}, LCP ${seconds(figures.lcpMs)}, ` +
            `TBT ${Math.round(figures.tbtMs)} ms, CLS ${figures.cls.toFixed(3)}, SI ${seconds(figures.speedIndexMs)}, ` +
            `long tasks ${figures.longTasks}, ${kib(figures.transferredBytes)} (JS ${kib(figures.scriptBytes)}), load ${load}, ` +
            `benchmark index ${Math.round(figures.benchmarkIndex)}`,
        );
      }
    }
  } finally {
    chrome.kill();
    await front?.stop();
    await app.stop();
  }

  report(results);
  if (options.json) await writeFile(options.json, JSON.stringify(results, null, 2));
}

/**
 * The browser's cookie jar holds the account's session, and nothing else, before a run. Lighthouse clears the origin's
 * caches but not its cookies between runs. A session sent as an extra `Cookie` header (as before) was replaced by the
 * jar's own header as soon as the app wrote a cookie (its language, decision 0035): every request after that was
 * anonymous, and the logged-in pages were measured as the login page they redirected to.
 */
async function holdSession(port: number, baseUrl: string, cookie: string | undefined) {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  try {
    const cdp = await browser.newBrowserCDPSession();
    await cdp.send('Storage.clearCookies');
    if (!cookie) return;
    await cdp.send('Storage.setCookies', { cookies: cookiesFor(cookie, baseUrl) });
  } finally {
    // Connected, not launched: this disconnects and leaves the browser to Lighthouse.
    await browser.close();
  }
}

/** One Lighthouse run with its default (mobile) settings: a first visit (empty cache) with the jar's session. */
async function measure(url: string, port: number, attempt = 1): Promise<{ figures: RunFigures; lhr: Result; trace: unknown }> {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr, artifacts } = result;
  if (lhr.runtimeError) {
    // A trace Chromium failed to record (NO_NAVSTART and the like) happens now and then on a busy machine: try again.
    if (attempt < 3) return measure(url, port, attempt + 1);
    throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  }
  // A page that sent its reader elsewhere (the login page, when the session did not hold) is not the page asked for.
  const [asked, shown] = [new URL(url), new URL(lhr.finalDisplayedUrl)];
  if (shown.pathname !== asked.pathname) throw new Error(`Lighthouse measured ${shown.pathname}, not ${asked.pathname}: was the session refused?`);
  const audit = (id: string) => lhr.audits[id];
  const numeric = (id: string) => audit(id)?.numericValue ?? Number.NaN;
  const items = (id: string) => (audit(id)?.details as { items?: Record<string, unknown>[] } | undefined)?.items ?? [];
  const scriptBytes = items('resource-summary').find((item) => item.resourceType === 'script')?.transferSize;
  const figures: RunFigures = {
    score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    fcpMs: numeric('first-contentful-paint'),
    lcpMs: numeric('largest-contentful-paint'),
    tbtMs: numeric('total-blocking-time'),
    cls: numeric('cumulative-layout-shift'),
    speedIndexMs: numeric('speed-index'),
    transferredBytes: numeric('total-byte-weight'),
    scriptBytes: typeof scriptBytes === 'number' ? scriptBytes : Number.NaN,
    bootup: items('bootup-time')
      .map((item) => ({ file: String(item.url).replace(/^.*\//, '') || '(the page)', ms: Number(item.total ?? 0) }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 5),
    longTasks: items('long-tasks').length,
    benchmarkIndex: lhr.environment.benchmarkIndex,
    longTaskList: items('long-tasks').map((item) => ({
      startMs: Number(item.startTime ?? 0),
      ms: Number(item.duration ?? 0),
      file: String(item.url ?? '').replace(/^.*\//, '') || '(the page)',
    })),
  };
  return { figures, lhr, trace: artifacts.Trace };
}

type ChainNode = { request: { url: string; startTime: number; endTime: number; transferSize: number }; children?: Record<string, ChainNode> };

/**
 * Lighthouse's own view of the page's critical path (observed, unthrottled): its critical request chains as a tree
 * (what started what: a request under another was started by it), then every request in order with its priority,
 * and the observed first and largest paints. (Lighthouse's LCP element audit fails with this Chromium: the element
 * comes from `npm run bench:trace -- --shifts`.)
 */
function printCriticalPath(name: string, lhr: Result) {
  const chains = (lhr.audits['critical-request-chains']?.details as { chains?: Record<string, ChainNode> } | undefined)?.chains ?? {};
  const origin = Object.values(chains)[0]?.request.startTime ?? 0;
  const short = (url: string) => url.replace(/^https?:\/\/[^/]+/, '') || '/';
  const ms = (seconds: number) => Math.round((seconds - origin) * 1000);
  console.log(`\n  ${name}: critical request chains (observed ms from the document's request; a request under another was started by it)`);
  const print = (node: ChainNode, depth: number) => {
    const { url, startTime, endTime, transferSize } = node.request;
    console.log(`  ${'  '.repeat(depth)}${short(url)}  ${ms(startTime)}–${ms(endTime)} ms, ${kib(transferSize)}`);
    for (const child of Object.values(node.children ?? {}).sort((a, b) => a.request.startTime - b.request.startTime)) print(child, depth + 1);
  };
  for (const chain of Object.values(chains)) print(chain, 1);
  const metrics = (lhr.audits.metrics?.details as { items?: Record<string, number>[] } | undefined)?.items?.[0] ?? {};
  console.log(
    `  observed (unthrottled): FCP ${Math.round(metrics.observedFirstContentfulPaint ?? NaN)} ms, LCP ${Math.round(metrics.observedLargestContentfulPaint ?? NaN)} ms`,
  );
  const requests = (lhr.audits['network-requests']?.details as { items?: Record<string, unknown>[] } | undefined)?.items ?? [];
  for (const request of requests) {
    console.log(
      `    ${String(Math.round(Number(request.networkRequestTime))).padStart(5)}–${String(Math.round(Number(request.networkEndTime))).padEnd(5)} ms ` +
        `${String(request.priority).padEnd(8)} ${String(request.resourceType).padEnd(10)} ${short(String(request.url))}`,
    );
  }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const kib = (bytes: number) => `${Math.round(bytes / 1024)} KiB`;

function report(results: Record<string, RunFigures[]>) {
  const [one, five, fifteen] = loadavg().map((load) => load.toFixed(2));
  console.log(`\nLighthouse mobile (median of ${options.runs} runs), load average now ${one}, ${five}, ${fifteen}\n`);
  console.log('| page | performance | FCP | LCP | TBT | CLS | speed index | long tasks | transferred | of it JS |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const [name, runs] of Object.entries(results)) {
    const m = (pick: (run: RunFigures) => number) => median(runs.map(pick));
    console.log(
      `| ${name} | ${m((r) => r.score)} | ${seconds(m((r) => r.fcpMs))} | ${seconds(m((r) => r.lcpMs))} | ${Math.round(m((r) => r.tbtMs))} ms | ` +
        `${m((r) => r.cls).toFixed(3)} | ${seconds(m((r) => r.speedIndexMs))} | ${m((r) => r.longTasks)} | ` +
        `${kib(m((r) => r.transferredBytes))} | ${kib(m((r) => r.scriptBytes))} |`,
    );
  }
  console.log('\nMain-thread time per script (Lighthouse bootup-time, 4× CPU slowdown, the median run by TBT):');
  for (const [name, runs] of Object.entries(results)) {
    const middle = [...runs].sort((a, b) => a.tbtMs - b.tbtMs)[Math.floor(runs.length / 2)]!;
    console.log(`  ${name}: ${middle.bootup.map((item) => `${item.file} ${Math.round(item.ms)} ms`).join(', ')}; long tasks ${middle.longTasks}`);
    if (options.tasks) {
      console.log(
        `    long tasks: ${middle.longTaskList.map((task) => `${Math.round(task.ms)} ms at ${Math.round(task.startMs)} (${task.file})`).join(', ')}`,
      );
    }
  }
  console.log(`\nGoals: performance ≥ ${GOALS.score}, LCP ≤ ${seconds(GOALS.lcpMs)}, TBT ≤ ${GOALS.tbtMs} ms`);
  for (const [name, runs] of Object.entries(results)) {
    const score = median(runs.map((r) => r.score));
    const lcp = median(runs.map((r) => r.lcpMs));
    const tbt = median(runs.map((r) => r.tbtMs));
    const met = score >= GOALS.score && lcp <= GOALS.lcpMs && tbt <= GOALS.tbtMs;
    console.log(`  ${name.padEnd(9)} ${met ? 'met' : 'NOT met'} (score ${score}, LCP ${seconds(lcp)}, TBT ${Math.round(tbt)} ms)`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
