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

/**
 * AXE_FULL=1 checks colour contrast on every table row, fieldset and list item, as axe does by default, instead
 * of on one of each look (see `sameLookBlocks`): the same violations, several times the CPU (test/README.md).
 */
const FULL = process.env.AXE_FULL === '1';

/** A rule's `matches`: whether axe checks this node with it at all (axe-core's own rule objects, `axe._audit.rules`). */
type Matches = (node: Element, ...rest: unknown[]) => boolean;
type AxeWindow = {
  axe?: {
    run(context: ElementContext, options: RunOptions): Promise<AxeResults>;
    _audit: { rules: { id: string; matches: Matches }[] };
  };
};

/**
 * Runs axe (WCAG 2.1 A and AA rules) on the page as it is now and fails with a
 * readable list of violations.
 *
 * One run over the page state: every rule on the whole context, except that `color-contrast`, which is
 * nearly nine tenths of axe's time on the long tables (every text node's colours and the elements stacked
 * behind it), leaves out the table rows, fieldsets and list items that look exactly like an earlier one on
 * the page. Only violations are collected (`resultTypes`): the
 * passing nodes are never read, and describing each one costs a unique selector and an HTML snippet.
 */
export async function expectNoAxeViolations(page: Page, options: { include?: string; exclude?: string[] } = {}): Promise<void> {
  // Injected through the DevTools protocol, which the page's Content-Security-Policy does not apply to;
  // a navigation drops it, so the next call after one injects it again.
  if (!(await page.evaluate(() => typeof (window as AxeWindow).axe === 'object'))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(
    async ({ include, exclude, tags, full }) => {
      const axe = (window as AxeWindow).axe!;
      const context = { ...(include && { include: [include] }), exclude };

      /**
       * Repeated blocks whose look repeats an earlier block's: table rows (tbody > tr), fieldsets and list items, in
       * document order, compared with every earlier block of the page (one small table per area, ten area fieldsets
       * of one form, a list of cards). The same look is: the same elements in the same order with the same classes,
       * states and computed colours, fonts, opacity, shadows, filters and pseudo-element content and colours; each
       * element rendered or not in the same way and holding text (its own text, or an input's value) or not in the
       * same way; and the same backgrounds, colours, opacity and filters on every ancestor. Such a block's text has the
       * colours, size and background stack of the earlier block's, so colour contrast gives the same verdict on it;
       * what differs is the text itself, which contrast does not depend on. A block inside one already left out goes
       * with it.
       */
      const sameLookBlocks = (): Element[] => {
        const STYLE = [
          'color',
          'background-color',
          'background-image',
          'font-size',
          'font-weight',
          'opacity',
          'text-shadow',
          'visibility',
          'display',
          'position',
          'mix-blend-mode',
          'filter',
          '-webkit-text-fill-color',
          '-webkit-text-stroke-width',
          '-webkit-text-stroke-color',
        ];
        const ATTRIBUTES = [
          'class',
          'role',
          'type',
          'open',
          'hidden',
          'inert',
          'disabled',
          'aria-disabled',
          'aria-hidden',
          'aria-expanded',
          'aria-current',
          'aria-selected',
          'aria-invalid',
        ];
        /** Whether axe has text to check here: a text node of its own, or a form field's value. */
        const holdsText = (element: Element): boolean =>
          element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement
            ? element.value !== ''
            : [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '');
        const look = (element: Element): string => {
          const own = getComputedStyle(element);
          const pseudo = ['::before', '::after'].map((which) => {
            const style = getComputedStyle(element, which);
            return style.content === 'none' ? '' : `${style.content}|${style.color}|${style.backgroundColor}|${style.backgroundImage}`;
          });
          return [
            element.tagName,
            // Rendered at all (a closed <details> keeps its content's computed styles while hiding it).
            element.checkVisibility({ opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true }),
            holdsText(element),
            ...ATTRIBUTES.map((name) => element.getAttribute(name) ?? '-'),
            ...STYLE.map((name) => own.getPropertyValue(name)),
            ...pseudo,
          ].join('|');
        };
        /** What shows through or tints a block from outside it: its ancestors' backgrounds, colours, opacity and filters. */
        const surroundings = (block: Element): string => {
          const parts: string[] = [];
          for (let element = block.parentElement; element; element = element.parentElement) {
            const style = getComputedStyle(element);
            parts.push(`${style.color}|${style.backgroundColor}|${style.backgroundImage}|${style.opacity}|${style.filter}|${style.mixBlendMode}`);
          }
          return parts.join('/');
        };
        // Only blocks the check covers count as the one of their look that is checked.
        const checked = (block: Element) => (!include || block.closest(include)) && !exclude.some((selector) => block.closest(selector));
        const seen = new Set<string>();
        const repeated: Element[] = [];
        for (const block of document.querySelectorAll('tbody > tr, fieldset, li')) {
          if (!checked(block) || repeated.some((outer) => outer.contains(block))) continue;
          const signature = `${surroundings(block)}\n${[block, ...block.querySelectorAll('*')].map(look).join('\n')}`;
          if (seen.has(signature)) repeated.push(block);
          else seen.add(signature);
        }
        return repeated;
      };

      // One run of every rule; `color-contrast` skips the repeated blocks through its `matches`, which is what the
      // context's `exclude` does for a rule, but a test per node instead of axe comparing every node with every
      // excluded element (on a table of 1,500 rows, 1.2–3.7 s against 3.2–6.9 s; test/README.md, session 12).
      const skipped = new Set<Element>(full ? [] : sameLookBlocks());
      const contrast = axe._audit.rules.find((rule) => rule.id === 'color-contrast');
      if (!contrast) throw new Error('axe-core has no color-contrast rule: test/browser/support/axe.ts needs updating');
      const matches = contrast.matches;
      contrast.matches = function (this: unknown, node, ...rest) {
        for (let element: Element | null = node; element; element = element.parentElement) if (skipped.has(element)) return false;
        return matches.call(this, node, ...rest);
      };
      try {
        const results = await axe.run(context, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
        return results.violations;
      } finally {
        contrast.matches = matches;
      }
    },
    { include: options.include, exclude: options.exclude ?? [], tags: WCAG_TAGS, full: FULL },
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
