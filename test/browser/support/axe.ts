import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Runs axe (WCAG 2.1 A and AA rules) on the page as it is now and fails with a
 * readable list of violations. The page must come from browser.newContext()
 * (useBrowser().newPage() does that).
 */
export async function expectNoAxeViolations(page: Page, options: { include?: string; exclude?: string[] } = {}): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
  if (options.include) builder = builder.include(options.include);
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
  const { violations } = await builder.analyze();
  if (violations.length === 0) return;
  const report = violations.map((violation) => {
    const nodes = violation.nodes.map((node) => `      at ${node.target.join(' ')}: ${node.failureSummary?.replace(/\n\s*/g, ' ')}`);
    return [`  [${violation.impact ?? 'unknown'}] ${violation.id}: ${violation.help} (${violation.helpUrl})`, ...nodes].join('\n');
  });
  throw new Error(`axe found ${violations.length} accessibility violation(s) on ${page.url()}:\n${report.join('\n')}`);
}
