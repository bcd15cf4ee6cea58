import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe } from 'vitest';

/** Debian's Chromium (apt-get install chromium); CHROMIUM_PATH overrides. Never a downloaded browser. */
export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

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
  `  apt-get update && apt-get install -y chromium\n` +
  `or point CHROMIUM_PATH at a Chromium binary. To skip the browser tests on purpose, set SKIP_BROWSER_TESTS=1.`;

/** A describe() for browser suites: visibly skipped (with a note) when SKIP_BROWSER_TESTS=1. */
export function describeBrowser(name: string, suite: () => void): void {
  if (browserTestsSkipped) console.warn(`[browser tests] SKIP_BROWSER_TESTS=1: skipping "${name}".`);
  describe.skipIf(browserTestsSkipped)(name, suite);
}

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(chromiumPath)) throw new Error(MISSING_BROWSER_MESSAGE(chromiumPath));
  return chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_FLAGS, headless: true });
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
 * Registers hooks that launch Chromium once for this file, close every page's
 * context after each test (failing it on page errors), and close Chromium at the end.
 */
export function useBrowser(): BrowserSession {
  let browser: Browser | undefined;
  let open: { context: BrowserContext; problems: PageProblems }[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterEach(async () => {
    const closing = open;
    open = [];
    await Promise.all(closing.map(({ context }) => context.close()));
    const problems = closing.flatMap(({ problems }) => problems);
    if (problems.length > 0) throw new Error(`The page reported errors:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  });
  afterAll(async () => {
    await browser?.close();
  });

  return {
    async newPage({ allowConsoleErrors = [], ...options } = {}) {
      if (!browser) throw new Error('useBrowser(): Chromium is not running (did beforeAll fail?)');
      const context = await browser.newContext({ locale: 'sv-SE', ...options });
      context.setDefaultTimeout(10_000);
      const problems: PageProblems = [];
      open.push({ context, problems });
      const page = await context.newPage();
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
