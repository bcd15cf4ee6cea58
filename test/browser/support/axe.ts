import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, ElementContext, Result, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * axe-core's minified build, read once per worker. It is run straight in the page (axe.run) rather than
 * through @axe-core/playwright, whose runPartial/finishRun protocol exists for cross-origin iframes —
 * the app has none — and costs a blank page, two injections of the unminified 1.3 MB source and the
 * serialisation of every passing node on each call: a third of the suite's axe time (test/README.md).
 */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

type AxeWindow = { axe?: { run(context: ElementContext, options: RunOptions): Promise<AxeResults> } };

/**
 * Runs axe (WCAG 2.1 A and AA rules) on the page as it is now and fails with a
 * readable list of violations.
 */
export async function expectNoAxeViolations(page: Page, options: { include?: string; exclude?: string[] } = {}): Promise<void> {
  // Injected through the DevTools protocol, which the page's Content-Security-Policy does not apply to;
  // a navigation drops it, so the next call after one injects it again.
  if (!(await page.evaluate(() => typeof (window as AxeWindow).axe === 'object'))) await page.evaluate(AXE_SOURCE);
  const context = { ...(options.include && { include: [options.include] }), exclude: options.exclude ?? [] };
  const violations = await page.evaluate(
    async ({ context, tags }) => (await (window as AxeWindow).axe!.run(context, { runOnly: { type: 'tag', values: tags } })).violations,
    { context, tags: WCAG_TAGS },
  );
  if (violations.length === 0) return;
  throw new Error(`axe found ${violations.length} accessibility violation(s) on ${page.url()}:\n${describe(violations).join('\n')}`);
}

function describe(violations: Result[]): string[] {
  return violations.map((violation) => {
    const nodes = violation.nodes.map((node) => `      at ${node.target.join(' ')}: ${node.failureSummary?.replace(/\n\s*/g, ' ')}`);
    return [`  [${violation.impact ?? 'unknown'}] ${violation.id}: ${violation.help} (${violation.helpUrl})`, ...nodes].join('\n');
  });
}
