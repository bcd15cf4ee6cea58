import type { Page } from 'playwright-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { STEP_TIMEOUT_MS } from './browser';

/**
 * The page printed by Chromium (page.pdf), bounded like every other step: page.pdf has no timeout of its own, and a
 * print that never finished once held a test until its five minutes ran out (CI, session 14), saying nothing of where.
 */
export async function printToPdf(page: Page, options: Parameters<Page['pdf']>[0] = { format: 'A4' }): Promise<Buffer> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`page.pdf() did not finish within ${STEP_TIMEOUT_MS} ms`)), STEP_TIMEOUT_MS);
  });
  try {
    return await Promise.race([page.pdf(options), timeout]);
  } finally {
    clearTimeout(timer);
  }
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
