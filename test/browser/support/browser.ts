import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe } from 'vitest';
import { CHROMIUM_HEADLESS_SHELL, CHROMIUM_WHOLE_BROWSER } from '../../../scripts/chromium';
import { boundUnboundedCalls } from './bounded-calls';

/** The headless shell when installed, else the whole browser (scripts/chromium.ts); CHROMIUM_PATH overrides. */
export const chromiumPath =
  process.env.CHROMIUM_PATH || [CHROMIUM_HEADLESS_SHELL, CHROMIUM_WHOLE_BROWSER].find((candidate) => existsSync(candidate)) || CHROMIUM_WHOLE_BROWSER;

/** Browser suites are skipped only when asked explicitly; a missing browser otherwise fails them. */
export const browserTestsSkipped = process.env.SKIP_BROWSER_TESTS === '1';

const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const MISSING_BROWSER_MESSAGE = (path: string) =>
  `Chromium was not found at ${path}. The browser tests need it:\n` +
  `  apt-get update && apt-get install -y chromium-headless-shell   (or chromium)\n` +
  `or point CHROMIUM_PATH at a Chromium binary. To skip the browser tests on purpose, set SKIP_BROWSER_TESTS=1.`;

/**
 * How long one wait for a condition may take: a Playwright action or waitFor (each context's default
 * timeout), a page function or protocol call Playwright leaves unbounded (bounded-calls.ts) and
 * expect.poll (vitest.config.ts). A step ends as soon as its condition holds, so this
 * is only how long a failing step takes to say so; it is generous because a busy 2-core machine can
 * make one step take many times longer than on a quiet one.
 */
export const STEP_TIMEOUT_MS = 30_000;

/**
 * The limit on a whole browser test. Every step waits for a condition (never for a time) and is
 * bounded by STEP_TIMEOUT_MS, so a test cannot hang on a step; this only stops a test that keeps
 * making progress without end. It is not a pace the test must keep: a long test (the whole survey,
 * a whole round) may take minutes on a loaded machine and still pass.
 */
export const BROWSER_TEST_TIMEOUT_MS = 300_000;

/** A describe() for browser suites: visibly skipped (with a note) when SKIP_BROWSER_TESTS=1. */
export function describeBrowser(name: string, suite: () => void): void {
  if (browserTestsSkipped) console.warn(`[browser tests] SKIP_BROWSER_TESTS=1: skipping "${name}".`);
  describe.skipIf(browserTestsSkipped)(name, { timeout: BROWSER_TEST_TIMEOUT_MS }, suite);
}

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(chromiumPath)) throw new Error(MISSING_BROWSER_MESSAGE(chromiumPath));
  return chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_FLAGS, headless: true });
}

let workerBrowser: Promise<Browser> | undefined;

/**
 * This worker's Chromium: launched by the first browser file the worker runs and kept for the next
 * ones (test files share a worker process, isolate: false in vitest.config.ts), so a run launches
 * at most one per worker. Tests are kept apart by a fresh context per page. Playwright ends the
 * browser when the worker exits; one that crashed or was closed is launched again.
 */
function chromiumForThisWorker(): Promise<Browser> {
  if (!workerBrowser) {
    const launching = launchChromium();
    workerBrowser = launching;
    const forget = () => {
      if (workerBrowser === launching) workerBrowser = undefined;
    };
    launching.then((browser) => browser.on('disconnected', forget), forget);
  }
  return workerBrowser;
}

/** Problems a page reported: uncaught exceptions and console errors. */
export type PageProblems = string[];

export type BrowserSession = {
  /**
   * A page in its own fresh context (own cookies and storage; axe needs a
   * context page). Swedish locale by default. Its uncaught exceptions and
   * console errors fail the test after it ends, except those matched by
   * `allowConsoleErrors`.
   */
  newPage(options?: BrowserContextOptions & { allowConsoleErrors?: RegExp[] }): Promise<Page>;
};

// Chromium logs every 4xx/5xx fetch as a console error; the app expects e.g.
// 401 from /api/auth/me when logged out, so HTTP status lines are not problems.
const EXPECTED_CONSOLE_ERRORS = [/^Failed to load resource: the server responded with a status of 4\d\d/];

/**
 * Registers hooks that take this worker's Chromium for this file (launching
 * it if the worker has none yet), close every page's context after each test
 * (failing it on page errors), and close any context a failed hook left open.
 */
export function useBrowser(): BrowserSession {
  let browser: Browser | undefined;
  let open: { context: BrowserContext; problems: PageProblems }[] = [];

  const closeOpenContexts = async () => {
    const closing = open;
    open = [];
    await Promise.all(closing.map(({ context }) => context.close()));
    return closing.flatMap(({ problems }) => problems);
  };

  beforeAll(async () => {
    browser = await chromiumForThisWorker();
  });
  afterEach(async () => {
    const problems = await closeOpenContexts();
    if (problems.length > 0) throw new Error(`The page reported errors:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  });
  afterAll(async () => {
    await closeOpenContexts();
  });

  return {
    async newPage({ allowConsoleErrors = [], ...options } = {}) {
      if (!browser?.isConnected()) throw new Error('useBrowser(): Chromium is not running (did beforeAll fail?)');
      const context = await browser.newContext({ locale: 'sv-SE', ...options });
      context.setDefaultTimeout(STEP_TIMEOUT_MS);
      const problems: PageProblems = [];
      open.push({ context, problems });
      const page = await context.newPage();
      boundUnboundedCalls(page, STEP_TIMEOUT_MS);
      const allowed = [...EXPECTED_CONSOLE_ERRORS, ...allowConsoleErrors];
      page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error' && !allowed.some((pattern) => pattern.test(message.text()))) {
          problems.push(`console.error: ${message.text()}`);
        }
      });
      return page;
    },
  };
}
