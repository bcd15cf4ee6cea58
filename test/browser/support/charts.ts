import type { Page } from 'playwright-core';

/**
 * Charts mount only when they come near the screen (web/src/components/ChartTurn.tsx), and so do the national page's
 * lazily rendered parts (LazySection): scroll through the whole page a screen at a time, a frame per step, as a
 * reader would, then back to the top, so every chart on it gets its turn; returns when every section that renders in
 * its turn has rendered, every lazy part has rendered and every chart has mounted.
 */
export async function scrollPastEveryChart(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle'); // the page's data is in, so it is as long as it gets
  await page.evaluate(async () => {
    // Two frames, or 250 ms if the headless renderer schedules none: it can skip frames for a while (puppeteer#10350),
    // and then this loop would wait for ever; the scroll that follows makes it draw again.
    const nextFrame = () =>
      new Promise((resolve) => {
        requestAnimationFrame(() => requestAnimationFrame(resolve));
        setTimeout(resolve, 250);
      });
    for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight) {
      window.scrollTo(0, y);
      await nextFrame();
    }
  });
  // Under load a chart can still be waiting for its turn, or its section (web/src/components/SectionTurn.tsx, or a
  // LazySection still rendering) can render after the pass, with charts below the screen that then never come near
  // it: until no section, lazy part and chart is left waiting, bring the first one still waiting (its placeholder) to
  // the screen.
  await page.waitForFunction(
    () => {
      const waiting = document.querySelector('.section-turn, .chart-turn, .lazy-section--pending');
      waiting?.scrollIntoView();
      return waiting === null;
    },
    undefined,
    { polling: 100 },
  );
  await page.evaluate(() => window.scrollTo(0, 0));
}
