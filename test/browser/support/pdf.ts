import type { Page } from 'playwright-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * The page printed by Chromium (page.pdf), A4 unless told otherwise. page.pdf has no timeout of its own; like the other
 * calls Playwright leaves unbounded, it is bounded in every test page (support/bounded-calls.ts): a print that never
 * finished once held a test until its five minutes ran out (session 14), saying nothing of where.
 */
export function printToPdf(page: Page, options: Parameters<Page['pdf']>[0] = { format: 'A4' }): Promise<Buffer> {
  return page.pdf(options);
}

/**
 * Each page's text of a PDF Chromium printed, with every space removed (the PDF's text runs split words and numbers
 * where they like) and every hyphen drawn where a line broke at a soft hyphen (Chromium writes U+2010 there).
 */
export async function pdfPages(pdf: Buffer): Promise<string[]> {
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent();
    pages.push(
      content.items
        .map((item) => ('str' in item ? item.str : ''))
        .join('')
        .replace(/[\s\u2010]+/g, ''),
    );
  }
  await document.destroy();
  return pages;
}
