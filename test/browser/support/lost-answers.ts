import type { Page } from 'playwright-core';

/**
 * The next request of this method to an API path matching `path` reaches the server and is handled there, and its
 * answer never reaches the page: a connection dropped after the server stored a write. The page sees a network failure
 * (allow `net::ERR_` console errors in newPage).
 */
export async function loseNextAnswer(page: Page, method: string, path: RegExp): Promise<void> {
  let done = false;
  await page.route(
    (url) => path.test(url.pathname),
    async (route) => {
      if (done || route.request().method() !== method) return route.fallback();
      done = true;
      await route.fetch();
      await route.abort('connectionreset');
    },
  );
}

/** What a page whose answers are lost logs: Chromium's line for each failed request. */
export const LOST_ANSWER_ERRORS = [/^Failed to load resource: net::ERR_/];
