import type { Page } from 'playwright-core';

/**
 * Where the page's headings break a word across lines other than at a soft hyphen, as "before|after" (empty when
 * none). A long Swedish compound that does not fit a phone is otherwise cut anywhere ("informationssäkerh|etsarbete"),
 * since browsers hyphenate Swedish only where they ship its dictionary. The page titles (h1) are the app's own texts,
 * with soft hyphens where they need them; headings made of question-bank titles (an area's h2 in the survey) still
 * rely on the browser's hyphenation.
 */
export function headingWordBreaks(page: Page, selector = 'h1'): Promise<string[]> {
  return page.evaluate((selector) => {
    const breaks: string[] = [];
    const separator = /[\s\u00ad]/;
    for (const heading of Array.from(document.querySelectorAll(selector))) {
      const walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const characters = node.textContent ?? '';
        let previous: { top: number; index: number } | undefined;
        for (let index = 0; index < characters.length; index++) {
          if (separator.test(characters.charAt(index))) continue;
          const range = document.createRange();
          range.setStart(node, index);
          range.setEnd(node, index + 1);
          // A letter's line is its last rectangle's: the one before it can be the hyphen drawn at a soft hyphen.
          const last = Array.from(range.getClientRects()).at(-1);
          if (!last) continue;
          const top = Math.round(last.top);
          if (previous && top > previous.top && !separator.test(characters.slice(previous.index + 1, index))) {
            breaks.push(`${characters.slice(Math.max(0, index - 8), index)}|${characters.slice(index, index + 8)}`);
          }
          previous = { top, index };
        }
      }
    }
    return breaks;
  }, selector);
}
