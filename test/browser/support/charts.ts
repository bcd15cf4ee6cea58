import type { Page } from 'playwright-core';

/**
 * Charts mount only when they come near the screen (web/src/components/ChartTurn.tsx):
 * scroll through the whole page a screen at a time, a frame per step, as a reader
 * would, then back to the top, so every chart on it gets its turn.
 */
export async function scrollPastEveryChart(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle'); // the page's data is in, so it is as long as it gets
  await page.evaluate(async () => {
    const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight) {
      window.scrollTo(0, y);
      await nextFrame();
    }
    window.scrollTo(0, 0);
  });
}
