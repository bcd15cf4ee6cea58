import { expect, test } from 'vitest';
import { describeBrowser, useBrowser } from './support/browser';
import { withinLimit } from './support/bounded-calls';

/** The calls Playwright leaves unbounded fail naming themselves rather than holding a test until its 300 s limit. */

test('a call that never ends fails within the limit, naming itself', async () => {
  const started = Date.now();
  await expect(withinLimit(new Promise(() => {}), 'page.evaluate(() => new Promise(() => {}))', 50)).rejects.toThrow(
    'page.evaluate(() => new Promise(() => {})) did not finish within 50 ms',
  );
  expect(Date.now() - started).toBeLessThan(5_000);
});

test('a call that ends in time gives its own value or error, and one that fails after an overrun is no unhandled rejection', async () => {
  await expect(withinLimit(Promise.resolve(42), 'page.evaluate', 1_000)).resolves.toBe(42);
  await expect(withinLimit(Promise.reject(new Error('Target closed')), 'page.evaluate', 1_000)).rejects.toThrow('Target closed');
  let fail!: (error: Error) => void;
  const late = new Promise<never>((_, reject) => (fail = reject));
  await expect(withinLimit(late, 'page.setViewportSize', 10)).rejects.toThrow('did not finish');
  fail(new Error('Target closed'));
  await new Promise((resolve) => setImmediate(resolve));
});

describeBrowser('bounded calls on a real page', () => {
  const browser = useBrowser();

  test('page functions, locators and the keyboard still give their results through the bound', async () => {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><html lang="sv"><title>T</title><main><input aria-label="Namn"><p>ett</p><p>två</p></main></html>');
    expect(await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve('a frame'))))).toBe('a frame');
    expect(await page.locator('p').evaluateAll((elements) => elements.map((element) => element.textContent))).toEqual(['ett', 'två']);
    await page.getByLabel('Namn').focus();
    await page.keyboard.type('Kiruna');
    await page.keyboard.press('Backspace');
    expect(await page.getByLabel('Namn').inputValue()).toBe('Kirun');
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await page.evaluate(() => window.innerWidth)).toBe(320);
    expect(String(Object.getPrototypeOf(page).evaluate)).toContain('withinLimit');
  });
});
