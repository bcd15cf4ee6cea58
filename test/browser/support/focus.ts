import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

export const isFocused = (locator: Locator) => locator.evaluate((element) => element === document.activeElement);
export const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

/** Presses Tab (only) until the element with the id has focus. */
export async function tabTo(page: Page, id: string) {
  for (let presses = 0; presses < 40; presses += 1) {
    await page.keyboard.press('Tab');
    if ((await focusedId(page)) === id) return;
  }
  throw new Error(`Tab never reached #${id}`);
}

/** The field is marked invalid and its aria-describedby reads the message from its own error text. */
export async function expectFieldError(field: Locator, message: string) {
  await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
  const described = await field.evaluate((element) =>
    (element.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => ({ id, text: document.getElementById(id)?.textContent ?? '' })),
  );
  const id = await field.getAttribute('id');
  expect(described.find((entry) => entry.id === `${id}-error`)?.text).toContain(message);
}
