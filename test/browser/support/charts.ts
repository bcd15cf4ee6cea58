import type { Page } from 'playwright-core';

/**
 * Charts mount only when they come near the screen (web/src/components/ChartTurn.tsx):
 * scroll through the whole page a screen at a time, a frame per step, as a reader
 * would, then back to the top, so every chart on it gets its turn; returns when every chart has mounted.
 */
export async function scrollPastEveryChart(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle'); // the page's data is in, so it is as long as it gets
  await page.evaluate(async () => {
    const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight) {
      window.scrollTo(0, y);
      await nextFrame();
    }
  });
  // Under load a chart can still be waiting for its turn, or its section rendered after the pass: bring each chart
  // still waiting (its placeholder) to the screen until none is left.
  await page.waitForFunction(
    () => {
      const waiting = document.querySelector('.chart-turn');
      waiting?.scrollIntoView();
      return waiting === null;
    },
    undefined,
    { polling: 100 },
  );
  await page.evaluate(() => window.scrollTo(0, 0));
}
