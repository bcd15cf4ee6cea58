// Main-thread cost of the first load of a page, measured as the browser
// records it rather than as Lighthouse simulates it: Chromium (Debian's, as
// the browser tests use) with the CPU slowed 4× through CDP (Lighthouse's
// mobile factor), a phone-sized viewport, logged in with the demo accounts,
// a trace from navigation until the page shows its last section and its
// document has stopped growing for two seconds.
// Reports the long tasks (over 50 ms): count, total, the part beyond 50 ms
// (what TBT adds up) and the longest. With `--react` and a profiling build of
// the client (`npx vite build -c bench/vite.profile.config.ts`), also the
// render time React spent per component in that window (from the fibers'
// actualDuration, as React DevTools' profiler reads it).
//
//   npm run bench:trace                                  # survey, results, national; 3 runs each
//   npm run bench:trace -- --pages national --runs 5 --json /tmp/trace.json
//   npx vite build -c bench/vite.profile.config.ts && npm run bench:trace -- --react --no-build
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type Page } from 'playwright-core';
import { benchChromium } from './lib/chromium';
import { PAGES, cookiesFor, logIn, median, pageContext, selectPages, startApp } from './lib/pages-app';

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    pages: {
      type: 'string',
      default: PAGES.filter((page) => page.account)
        .map((page) => page.name)
        .join(','),
    },
    cpu: { type: 'string', default: '4' },
    url: { type: 'string' },
    react: { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    top: { type: 'string', default: '25' },
    json: { type: 'string' },
    'save-trace': { type: 'string' },
    tasks: { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
    shifts: { type: 'boolean', default: false },
    viewport: { type: 'string', default: 'mobile' },
    // What counts as a long task. With `--cpu 1 --long-task 12.5` the trace lists what Lighthouse's simulation (which
    // multiplies tasks observed at full speed by 4) would count as long.
    'long-task': { type: 'string', default: '50' },
    // The headless shell unless `whole` (docs/decisions/0037).
    browser: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});

const LONG_TASK_MS = Number(options['long-task']);

if (options.help) {
  console.log(
    'npm run bench:trace -- [--runs 3] [--pages survey,results,national] [--cpu 4] [--react] [--no-build] [--url http://…] [--json file] [--tasks] [--profile] [--shifts] [--viewport mobile|desktop|WxH] [--long-task 50] [--save-trace dir] [--browser shell|whole]',
  );
  process.exit(0);
}

type RenderStats = {
  commits: number;
  renderMs: number;
  /** Fibers React rendered, in all and in the largest commit: work counted, independent of the CPU's speed. */
  fibers: number;
  largestCommitFibers: number;
  self: Record<string, number>;
  inclusive: Record<string, number>;
  /** Each commit: when it ended (ms since navigation), fibers rendered, their render time and the most expensive components. */
  log: { at: number; fibers: number; renderMs: number; top: string[] }[];
};

type TraceFigures = {
  longTasks: number;
  longTaskMs: number;
  /** Sum of each long task's time beyond 50 ms: the trace's counterpart of TBT (over the whole load, not FCP to TTI). */
  blockingMs: number;
  longestMs: number;
  /** Every top-level task on the page's main thread added up. */
  busyMs: number;
  /** The same four from each task's thread time (tdur, the slowdown included): less moved by other processes' load. */
  cpuLongTasks: number;
  cpuBlockingMs: number;
  cpuLongestMs: number;
  cpuBusyMs: number;
  /**
   * The part beyond the threshold of the tasks after the first contentful paint (a task that spans it clipped to it), as
   * Lighthouse counts TBT: the entry's evaluation and the first render come before the first paint and do not count.
   * Wall time and thread time.
   */
  afterPaintBlockingMs: number;
  cpuAfterPaintBlockingMs: number;
  /** The first contentful paint, ms after the first task on the thread. */
  firstPaintMs: number;
  /** The main thread's time by trace event (own time, without nested events), largest first: what the tasks did. */
  breakdown: Record<string, number>;
  /** Elements in the document at the end. */
  elements: number;
  react?: RenderStats;
  /** With --profile: JavaScript's own time per function (V8's sampling profiler), as "name file:line". */
  functions?: Record<string, number>;
  /** Layout shifts the page reported (PerformanceObserver), those after input left out as CLS does. */
  shifts: LayoutShift[];
  /** CLS as Chromium and Lighthouse define it: the largest session window (shifts < 1 s apart, at most 5 s). */
  cls: number;
  /** The largest contentful paint candidates in order (the last is the LCP): when, the element, its area in px². */
  largestPaints: { startMs: number; size: number; node: string }[];
  /** Heights of the page's sections that render in turns (the survey's areas…), in page order, in CSS px. */
  sectionHeights: number[];
};

type LayoutShift = {
  startMs: number;
  value: number;
  sources: { node: string; previous: [number, number, number, number]; current: [number, number, number, number] }[];
};

async function main() {
  const runs = Number(options.runs);
  const selected = selectPages(options.pages);
  const chromiumBuild = benchChromium(options.browser);
  const app = options.url
    ? { baseUrl: options.url.replace(/\/$/, ''), stop: async () => undefined }
    : await startApp({ buildClient: !options['no-build'] });
  console.log(`Chromium: ${chromiumBuild.label}`);
  const browser = await chromium
    .launch({ executablePath: chromiumBuild.path, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] })
    .catch(async (error: unknown) => {
      // Not started: the app would otherwise outlive the bench.
      await app.stop();
      throw error;
    });
  const results: Record<string, TraceFigures[]> = {};
  try {
    const context = await pageContext(app.baseUrl);
    for (const page of selected) {
      const cookie = page.account ? await logIn(app.baseUrl, page.account) : undefined;
      const url = `${app.baseUrl}${page.path(context)}`;
      results[page.name] = [];
      for (let run = 1; run <= runs; run += 1) {
        const load = loadavg()[0]!.toFixed(2);
        const figures = await traceLoad(browser, page.name, url, cookie);
        results[page.name]!.push(figures);
        console.log(
          `${page.name.padEnd(9)} run ${run}: long tasks ${figures.longTasks} (${ms(figures.longTaskMs)}), beyond 50 ms ${ms(figures.blockingMs)}, ` +
            `longest ${ms(figures.longestMs)}, busy ${ms(figures.busyMs)}; from thread time: long tasks ${figures.cpuLongTasks}, ` +
            `beyond 50 ms ${ms(figures.cpuBlockingMs)}, longest ${ms(figures.cpuLongestMs)}, busy ${ms(figures.cpuBusyMs)}; ` +
            `after the first paint (${ms(figures.firstPaintMs)}): beyond ${LONG_TASK_MS} ms ${ms(figures.afterPaintBlockingMs)}, from thread time ${ms(figures.cpuAfterPaintBlockingMs)}; ${figures.elements} elements` +
            (figures.react
              ? `, React render ${ms(figures.react.renderMs)} in ${figures.react.commits} commits, ${figures.react.fibers} fibers (largest commit ${figures.react.largestCommitFibers})`
              : '') +
            `, CLS ${figures.cls.toFixed(3)} (${figures.shifts.length} shifts), load ${load}`,
        );
        if (options.tasks && figures.react) {
          for (const commit of figures.react.log)
            console.log(
              `    commit at ${Math.round(commit.at)} ms: ${commit.fibers} fibers, ${commit.renderMs.toFixed(1)} ms — ${commit.top.join(', ')}`,
            );
        }
        if (options.shifts) {
          console.log(`    section heights: ${figures.sectionHeights.join(', ')}`);
          for (const paint of figures.largestPaints)
            console.log(`    largest paint at ${paint.startMs} ms: ${paint.node} (${Math.round(paint.size)} px²)`);
          for (const shift of figures.shifts) {
            console.log(`    shift ${shift.value.toFixed(4)} at ${shift.startMs} ms:`);
            for (const source of shift.sources) {
              console.log(`      ${source.node}: [${source.previous.join(', ')}] → [${source.current.join(', ')}]`);
            }
          }
        }
      }
    }
  } finally {
    await browser.close();
    await app.stop();
  }
  report(results);
  if (options.json) await writeFile(options.json, JSON.stringify(results, null, 2));
}

/**
 * What shows that a page has its data: its last section with its data (the national page's report; what is below
 * its first screens renders only when scrolled to, docs/decisions/0033). The trace then runs until the document
 * has stopped growing.
 */
const READY: Record<string, string> = {
  survey: '.survey-actions--end',
  results: '#history-heading',
  national: '#areas-heading',
};

/** The sections of each page that render in turns (SectionTurn), measured at the end: what their placeholders stand for. */
const SECTIONS: Record<string, string> = {
  survey: '.survey-area',
  results: '.page > section, .page > div > section',
  national: '.page > section, .national-area',
};

/** Lighthouse's mobile screen (Moto G Power: 412 × 823 CSS px at 1.75), its desktop one (1350 × 940), or WxH. */
function viewport(name: string | undefined) {
  if (!name || name === 'mobile') return { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };
  if (name === 'desktop') return { viewport: { width: 1350, height: 940 }, deviceScaleFactor: 1 };
  const [width, height] = name.split('x').map(Number);
  if (!width || !height) throw new Error(`--viewport: mobile, desktop or WxH, not ${name}`);
  return { viewport: { width, height }, deviceScaleFactor: 1 };
}

/**
 * Records every layout shift with what moved (as CLS counts them: not within 500 ms of input), from before the
 * page's first script: a short description of each source node and its rectangles before and after.
 */
const SHIFT_OBSERVER = `(() => {
  const shifts = (window.__layoutShifts = []);
  const describe = (node) => {
    if (!node) return '(gone)';
    if (node.nodeType !== 1) return node.nodeName + ' in ' + describe(node.parentElement);
    const classes = typeof node.className === 'string' && node.className ? '.' + node.className.trim().split(/\\s+/).join('.') : '';
    return node.tagName.toLowerCase() + (node.id ? '#' + node.id : '') + classes;
  };
  const rect = (r) => [Math.round(r.x), Math.round(r.y), Math.round(r.width), Math.round(r.height)];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      shifts.push({
        startMs: Math.round(entry.startTime),
        value: entry.value,
        sources: (entry.sources || []).map((s) => ({ node: describe(s.node), previous: rect(s.previousRect), current: rect(s.currentRect) })),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
  const paints = (window.__largestPaints = []);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) paints.push({ startMs: Math.round(entry.startTime), size: entry.size, node: describe(entry.element) });
  }).observe({ type: 'largest-contentful-paint', buffered: true });
})();`;

/** CLS: the largest session window — shifts each less than 1 s after the previous, the window at most 5 s long. */
function sessionWindowScore(shifts: LayoutShift[]): number {
  let best = 0;
  let current = 0;
  let windowStart = -Infinity;
  let previous = -Infinity;
  for (const shift of shifts) {
    if (shift.startMs - previous >= 1000 || shift.startMs - windowStart >= 5000) {
      current = 0;
      windowStart = shift.startMs;
    }
    current += shift.value;
    previous = shift.startMs;
    best = Math.max(best, current);
  }
  return best;
}

/** Until the document has stopped growing: the same number of elements for two seconds in a row. */
async function settled(page: Page) {
  let previous = -1;
  let steady = 0;
  while (steady < 4) {
    await page.waitForTimeout(500);
    const count = await page.evaluate(() => document.getElementsByTagName('*').length);
    steady = count === previous ? steady + 1 : 0;
    previous = count;
  }
}

async function traceLoad(browser: Browser, pageName: string, url: string, cookie: string | undefined): Promise<TraceFigures> {
  const context = await browser.newContext({ ...viewport(options.viewport), locale: 'sv-SE' });
  try {
    if (cookie) await context.addCookies(cookiesFor(cookie, new URL(url).origin));
    if (options.react) await context.addInitScript(REACT_HOOK);
    await context.addInitScript(SHIFT_OBSERVER);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(options.cpu) });
    if (options.profile) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
      await cdp.send('Profiler.start');
    }
    await browser.startTracing(page, { categories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline'] });
    await page.goto(url, { waitUntil: 'networkidle', timeout: 120_000 });
    await page
      .locator(READY[pageName] ?? 'main')
      .first()
      .waitFor({ timeout: 120_000 });
    await settled(page);
    const react = options.react ? await page.evaluate(() => (window as unknown as { __renderStats?: RenderStats }).__renderStats) : undefined;
    const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
    const shifts = await page.evaluate(() => (window as unknown as { __layoutShifts: LayoutShift[] }).__layoutShifts);
    const largestPaints = await page.evaluate(() => (window as unknown as { __largestPaints: TraceFigures['largestPaints'] }).__largestPaints);
    const sectionHeights = await page.evaluate(
      (selector) => [...document.querySelectorAll(selector)].map((element) => Math.round(element.getBoundingClientRect().height)),
      SECTIONS[pageName] ?? 'main > *',
    );
    const functions = options.profile ? ownTimeByFunction((await cdp.send('Profiler.stop')).profile) : undefined;
    const raw = await browser.stopTracing();
    if (options['save-trace']) {
      await mkdir(options['save-trace'], { recursive: true });
      await writeFile(join(options['save-trace'], `${pageName}-${Date.now()}.json`), raw);
    }
    const trace = JSON.parse(raw.toString()) as { traceEvents: TraceEvent[] };
    const { thread, ...tasks } = longTasks(trace.traceEvents);
    if (options.tasks) listLongTasks(trace.traceEvents, thread);
    return {
      ...tasks,
      breakdown: breakdown(trace.traceEvents, thread),
      elements,
      shifts,
      largestPaints,
      cls: sessionWindowScore(shifts),
      sectionHeights,
      ...(react ? { react } : {}),
      ...(functions ? { functions } : {}),
    };
  } finally {
    await context.close();
  }
}

type TraceEvent = {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of the event: unlike dur, it does not grow while the renderer waits for a core. */
  tdur?: number;
  args?: { name?: string; data?: { url?: string; functionName?: string; type?: string } };
};

/** Top-level tasks of the busiest renderer main thread (the page's). */
function longTasks(
  events: TraceEvent[],
): Omit<TraceFigures, 'react' | 'elements' | 'breakdown' | 'shifts' | 'cls' | 'sectionHeights' | 'largestPaints'> & { thread?: TraceEvent } {
  const mainThreads = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const tasksOf = (pid: number, tid: number) =>
    events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.name === 'RunTask' && e.dur !== undefined).sort((a, b) => a.ts - b.ts);
  const candidates = mainThreads.map((thread) => tasksOf(thread.pid, thread.tid));
  const total = (tasks: TraceEvent[]) => tasks.reduce((sum, task) => sum + task.dur!, 0);
  const busiest = candidates.sort((a, b) => total(b) - total(a))[0] ?? [];
  const thread = busiest[0];
  // Nested RunTasks (a task run inside another) count once, as their outer task.
  const topLevel: TraceEvent[] = [];
  for (const task of busiest) {
    const previous = topLevel[topLevel.length - 1];
    if (previous && task.ts < previous.ts + previous.dur!) continue;
    topLevel.push(task);
  }
  const durations = topLevel.map((task) => task.dur! / 1000);
  const long = durations.filter((d) => d > LONG_TASK_MS);
  // The same from each task's thread time (tdur): CDP's slowdown is counted in it (the renderer's thread stays busy
  // while throttled), the time it waited for a core while other processes ran is not. Less moved by other load.
  const cpu = topLevel.filter((task) => task.tdur !== undefined).map((task) => task.tdur! / 1000);
  const cpuLong = cpu.filter((d) => d > LONG_TASK_MS);
  const paint = events.find((e) => e.name === 'firstContentfulPaint' && e.pid === thread?.pid);
  // Not in every trace (the paint event is sometimes missing): then the figures after it are unknown (NaN), not 0.
  const fcp = paint?.ts ?? NaN;
  let afterPaintBlockingMs = 0;
  let cpuAfterPaintBlockingMs = 0;
  for (const task of topLevel) {
    const end = task.ts + task.dur!;
    if (end <= fcp) continue;
    // Clipped to the paint as Lighthouse does; the thread time in the same proportion.
    if (Number.isNaN(fcp)) break;
    const part = (end - Math.max(task.ts, fcp)) / task.dur!;
    afterPaintBlockingMs += Math.max(0, (part * task.dur!) / 1000 - LONG_TASK_MS);
    if (task.tdur !== undefined) cpuAfterPaintBlockingMs += Math.max(0, (part * task.tdur) / 1000 - LONG_TASK_MS);
  }
  return {
    afterPaintBlockingMs: Number.isNaN(fcp) ? NaN : afterPaintBlockingMs,
    cpuAfterPaintBlockingMs: Number.isNaN(fcp) ? NaN : cpuAfterPaintBlockingMs,
    firstPaintMs: paint && topLevel[0] ? (paint.ts - topLevel[0].ts) / 1000 : NaN,
    cpuLongTasks: cpuLong.length,
    cpuBlockingMs: cpuLong.reduce((sum, d) => sum + d - LONG_TASK_MS, 0),
    cpuLongestMs: Math.max(0, ...cpu),
    cpuBusyMs: cpu.reduce((sum, d) => sum + d, 0),
    longTasks: long.length,
    longTaskMs: long.reduce((sum, d) => sum + d, 0),
    blockingMs: long.reduce((sum, d) => sum + d - LONG_TASK_MS, 0),
    longestMs: Math.max(0, ...durations),
    busyMs: durations.reduce((sum, d) => sum + d, 0),
    thread,
  };
}

/**
 * With --tasks: each long task of the run, when it started (ms after the
 * first task on the thread) and what took its time: own time by event, a
 * script's file or a function's name added where the trace names one.
 */
function listLongTasks(events: TraceEvent[], sample: TraceEvent | undefined) {
  if (!sample) return;
  const onThread = events
    .filter((e) => e.pid === sample.pid && e.tid === sample.tid && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const origin = onThread[0]?.ts ?? 0;
  const label = (e: TraceEvent) => {
    const data = e.args?.data;
    const file = data?.url ? data.url.replace(/^.*\//, '') : '';
    const detail = [data?.functionName, file, data?.type].filter(Boolean).join(' ');
    return detail ? `${e.name}(${detail})` : e.name;
  };
  let end = -1;
  for (const task of onThread) {
    if (task.name !== 'RunTask' || task.ts < end) continue;
    end = task.ts + task.dur!;
    if (task.dur! / 1000 <= LONG_TASK_MS) continue;
    const inside = onThread.filter((e) => e.ts >= task.ts && e.ts + e.dur! <= end);
    // Own time per event, keyed by what it ran (script file, function), nested events subtracted.
    const own = new Map<string, number>();
    const stack: TraceEvent[] = [];
    for (const e of inside) {
      while (stack.length && stack[stack.length - 1]!.ts + stack[stack.length - 1]!.dur! <= e.ts) stack.pop();
      const parent = stack[stack.length - 1];
      if (parent) own.set(label(parent), (own.get(label(parent)) ?? 0) - e.dur! / 1000);
      own.set(label(e), (own.get(label(e)) ?? 0) + e.dur! / 1000);
      stack.push(e);
    }
    const top = [...own]
      .filter(([, ms]) => ms >= 5)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 6)
      .map(([name, ms]) => `${name} ${Math.round(ms)}`)
      .join(', ');
    console.log(`  task at ${Math.round((task.ts - origin) / 1000)} ms: ${Math.round(task.dur! / 1000)} ms — ${top}`);
  }
}

type CpuProfile = {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples?: number[];
  timeDeltas?: number[];
};

/**
 * With --profile: JavaScript's own time per function over the load, from V8's sampling profiler (a sample every
 * 0.5 ms). Intl's and the DOM's built-ins show under their own names; with the profiling build (unminified) the
 * app's functions and React's components show by name.
 */
function ownTimeByFunction(profile: CpuProfile): Record<string, number> {
  const names = new Map(
    profile.nodes.map((node) => {
      const { functionName, url, lineNumber } = node.callFrame;
      const file = url.replace(/^.*\//, '');
      return [node.id, `${functionName || '(anonymous)'}${file ? ` ${file}:${lineNumber + 1}` : ''}`];
    }),
  );
  const own: Record<string, number> = {};
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  // Each sample's time is the gap to the next sample.
  for (let index = 0; index < samples.length - 1; index += 1) {
    const name = names.get(samples[index]!) ?? '?';
    own[name] = (own[name] ?? 0) + deltas[index + 1]! / 1000;
  }
  return own;
}

/** Own time per event name on the thread of `sample`: each complete event less the events nested in it. */
function breakdown(events: TraceEvent[], sample: TraceEvent | undefined): Record<string, number> {
  if (!sample) return {};
  const onThread = events
    .filter((e) => e.pid === sample.pid && e.tid === sample.tid && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const own: Record<string, number> = {};
  const stack: TraceEvent[] = [];
  for (const event of onThread) {
    while (stack.length && stack[stack.length - 1]!.ts + stack[stack.length - 1]!.dur! <= event.ts) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) own[parent.name] = (own[parent.name] ?? 0) - event.dur! / 1000;
    own[event.name] = (own[event.name] ?? 0) + event.dur! / 1000;
    stack.push(event);
  }
  return own;
}

/**
 * A stand-in for React DevTools' hook: on every commit it walks the fibers
 * rendered since the previous commit and adds up each component's own render
 * time (actualDuration less its rendered children's) and its time including
 * children (counted once when a component nests in itself). Only a profiling
 * build of react-dom keeps these durations.
 */
const REACT_HOOK = `(() => {
  const stats = { commits: 0, renderMs: 0, fibers: 0, largestCommitFibers: 0, self: {}, inclusive: {}, log: [] };
  let commitFibers = 0;
  let commitOwn = {};
  window.__renderStats = stats;
  let since = 0;
  const onPath = new Map();
  const TAGS = { 3: '(root)', 8: '(mode)', 10: '(context)', 13: '(Suspense)', 22: '(Offscreen)' };
  const nameOf = (type, tag) => {
    if (typeof type === 'string') return type;
    if (typeof type === 'function') return type.displayName || type.name || 'Anonymous';
    if (type && type.displayName) return type.displayName;
    if (type && type.render) return type.render.displayName || type.render.name || 'ForwardRef';
    if (type && type.type) return nameOf(type.type, tag);
    return TAGS[tag] || '(fiber tag ' + tag + ')';
  };
  const visit = (first) => {
    for (let fiber = first; fiber; fiber = fiber.sibling) {
      if (!(fiber.actualStartTime >= since)) { visit(fiber.child); continue; }
      let children = 0;
      for (let child = fiber.child; child; child = child.sibling) if (child.actualStartTime >= since) children += child.actualDuration;
      const name = nameOf(fiber.type, fiber.tag);
      const own = Math.max(0, fiber.actualDuration - children);
      stats.self[name] = (stats.self[name] || 0) + own;
      commitOwn[name] = (commitOwn[name] || 0) + own;
      stats.renderMs += own;
      commitFibers += 1;
      if (!onPath.get(name)) stats.inclusive[name] = (stats.inclusive[name] || 0) + fiber.actualDuration;
      onPath.set(name, (onPath.get(name) || 0) + 1);
      visit(fiber.child);
      onPath.set(name, onPath.get(name) - 1);
    }
  };
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    isDisabled: false,
    supportsFiber: true,
    renderers: new Map(),
    inject(renderer) { this.renderers.set(1, renderer); return 1; },
    checkDCE() {},
    onScheduleFiberRoot() {},
    onCommitFiberUnmount() {},
    onPostCommitFiberRoot() {},
    setStrictMode() {},
    onCommitFiberRoot(id, root) {
      stats.commits += 1;
      commitFibers = 0;
      commitOwn = {};
      visit(root.current);
      const top = Object.entries(commitOwn).sort((a, b) => b[1] - a[1]).slice(0, 4).map(([n, v]) => n + ' ' + v.toFixed(1));
      const total = Object.values(commitOwn).reduce((a, b) => a + b, 0);
      stats.log.push({ at: performance.now(), fibers: commitFibers, renderMs: total, top });
      stats.fibers += commitFibers;
      stats.largestCommitFibers = Math.max(stats.largestCommitFibers, commitFibers);
      since = performance.now();
    },
  };
})();`;

const ms = (value: number) => `${Math.round(value)} ms`;

function report(results: Record<string, TraceFigures[]>) {
  const [one, five] = loadavg().map((load) => load.toFixed(2));
  console.log(`\nMain thread at ${options.cpu}× CPU slowdown, median of ${options.runs} runs; load average now ${one}, ${five}\n`);
  console.log(
    `| page | from thread time: long tasks | beyond ${LONG_TASK_MS} ms | longest | busy | after the first paint: beyond ${LONG_TASK_MS} ms (wall) |`,
  );
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const [name, runs] of Object.entries(results)) {
    const m = (pick: (run: TraceFigures) => number) => median(runs.map(pick));
    // The runs whose first paint was found in the trace.
    const known = (pick: (run: TraceFigures) => number) => median(runs.map(pick).filter((value) => !Number.isNaN(value)));
    console.log(
      `| ${name} | ${m((r) => r.cpuLongTasks)} | ${ms(m((r) => r.cpuBlockingMs))} | ${ms(m((r) => r.cpuLongestMs))} | ${ms(m((r) => r.cpuBusyMs))} | ` +
        `${ms(known((r) => r.cpuAfterPaintBlockingMs))} (${ms(known((r) => r.afterPaintBlockingMs))}) |`,
    );
  }
  console.log('');
  console.log(
    '| page | long tasks | their total | beyond 50 ms | longest | busy | elements |' +
      (options.react ? ' React render | commits | fibers (largest commit) |' : ''),
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|' + (options.react ? '---:|---:|---:|' : ''));
  for (const [name, runs] of Object.entries(results)) {
    const m = (pick: (run: TraceFigures) => number) => median(runs.map(pick));
    console.log(
      `| ${name} | ${m((r) => r.longTasks)} | ${ms(m((r) => r.longTaskMs))} | ${ms(m((r) => r.blockingMs))} | ${ms(m((r) => r.longestMs))} | ${ms(m((r) => r.busyMs))} | ${m((r) => r.elements)} |` +
        (options.react
          ? ` ${ms(m((r) => r.react?.renderMs ?? 0))} | ${m((r) => r.react?.commits ?? 0)} | ${m((r) => r.react?.fibers ?? 0)} (${m((r) => r.react?.largestCommitFibers ?? 0)}) |`
          : ''),
    );
  }
  const top = Number(options.top);
  for (const [name, runs] of Object.entries(results)) {
    const names = new Set(runs.flatMap((r) => Object.keys(r.breakdown)));
    const rows = [...names].map((event) => ({ event, ms: median(runs.map((r) => r.breakdown[event] ?? 0)) })).sort((a, b) => b.ms - a.ms);
    console.log(
      `\n${name}: main thread by trace event (own time, median): ${rows
        .slice(0, 12)
        .map((r) => `${r.event} ${ms(r.ms)}`)
        .join(', ')}`,
    );
  }
  if (options.profile) {
    for (const [name, runs] of Object.entries(results)) {
      const functions = new Set(runs.flatMap((r) => Object.keys(r.functions ?? {})));
      const rows = [...functions]
        .map((fn) => ({ fn, ms: median(runs.map((r) => r.functions?.[fn] ?? 0)) }))
        .filter((row) => !/^\((idle|program|garbage collector)\)/.test(row.fn))
        .sort((a, b) => b.ms - a.ms);
      console.log(`\n${name}: JavaScript's own time per function (median):`);
      for (const row of rows.slice(0, top)) console.log(`  ${ms(row.ms).padStart(7)}  ${row.fn}`);
    }
  }
  if (!options.react) return;
  for (const [name, runs] of Object.entries(results)) {
    const medianOf = (key: 'self' | 'inclusive') => {
      const names = new Set(runs.flatMap((r) => Object.keys(r.react?.[key] ?? {})));
      return [...names].map((component) => ({ component, ms: median(runs.map((r) => r.react?.[key][component] ?? 0)) })).sort((a, b) => b.ms - a.ms);
    };
    console.log(`\n${name}: React render time per component (median; including children):`);
    // Components only (no host elements, no React's own fibers): the app's shell and pages.
    const components = medianOf('inclusive').filter((c) => /^[A-Z]/.test(c.component));
    console.log(
      '  ' +
        components
          .slice(0, top)
          .map((c) => `${c.component} ${ms(c.ms)}`)
          .join(', '),
    );
    console.log(`${name}: own render time (without children; host elements include creating their DOM nodes):`);
    console.log(
      '  ' +
        medianOf('self')
          .slice(0, top)
          .map((c) => `${c.component} ${ms(c.ms)}`)
          .join(', '),
    );
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
