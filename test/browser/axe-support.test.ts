import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { describeBrowser, useBrowser } from './support/browser';

/**
 * The axe helper checks colour contrast on one row of each look per table (test/README.md, "In CPU time"):
 * a row that looks different anywhere in a long table is still checked, and so is one that looks like
 * the first.
 */

describeBrowser('the axe helper', () => {
  const browser = useBrowser();

  /** A long table of 60 rows, row `odd` (1-based) changed by `change`. */
  async function tablePage(odd: number, change: (cell: string) => string): Promise<Page> {
    const rows = Array.from({ length: 60 }, (_, i) => {
      const cell = `<td>Kommun ${i + 1}</td><td><span class="level">Nivå ${i % 5}</span></td>`;
      return `<tr>${i + 1 === odd ? change(cell) : cell}</tr>`;
    });
    const page = await browser.newPage();
    await page.setContent(
      `<!doctype html><html lang="sv"><head><title>Tabell</title><style>
        body { color: #1a1a1a; background: #fff; } .pale { color: #bbb; } .dark-row td { background: #333; }
      </style></head><body><main><h1>Tabell</h1><table><caption>Nivåer</caption>
      <thead><tr><th scope="col">Kommun</th><th scope="col">Nivå</th></tr></thead><tbody>${rows.join('')}</tbody></table></main></body></html>`,
    );
    return page;
  }

  test('passes a long table whose rows all look alike', async () => {
    await expectNoAxeViolations(await tablePage(0, (cell) => cell));
  });

  test('finds low contrast in a late row that has its own class', async () => {
    const page = await tablePage(47, (cell) => cell.replace('<span class="level">', '<span class="level pale">'));
    await expect(expectNoAxeViolations(page)).rejects.toThrow(/color-contrast/);
  });

  test('finds low contrast in a late row that differs only by an inline colour', async () => {
    const page = await tablePage(53, (cell) => cell.replace('<span class="level">', '<span class="level" style="color: #ccc">'));
    await expect(expectNoAxeViolations(page)).rejects.toThrow(/color-contrast/);
  });

  test('finds low contrast from a late row’s background', async () => {
    const page = await tablePage(58, (cell) => cell);
    await page.evaluate(() => document.querySelectorAll('tbody tr')[57]!.classList.add('dark-row'));
    await expect(expectNoAxeViolations(page)).rejects.toThrow(/color-contrast/);
  });

  test('finds low contrast on every row when the first row has it too', async () => {
    const page = await tablePage(0, (cell) => cell);
    await page.addStyleTag({ content: '.level { color: #c8c8c8; }' });
    await expect(expectNoAxeViolations(page)).rejects.toThrow(/color-contrast/);
  });

  test('finds low contrast in a second table that looks like the first but sits on a dark background', async () => {
    const page = await tablePage(0, (cell) => cell);
    await page.evaluate(() => {
      const copy = document.querySelector('table')!.cloneNode(true) as HTMLTableElement;
      // Only the rows are dark on dark: the caption and the header row are light, so no other part fails.
      copy.querySelector('caption')!.textContent = 'Nivåer igen';
      for (const header of copy.querySelectorAll('caption, th')) header.setAttribute('style', 'color: #fff');
      const dark = document.createElement('section');
      dark.setAttribute('style', 'background: #444');
      dark.append(copy);
      document.querySelector('main')!.append(dark);
    });
    await expect(expectNoAxeViolations(page)).rejects.toThrow(/color-contrast/);
  });

  test('leaves out what the caller excludes, beside the repeated rows', async () => {
    const page = await tablePage(0, (cell) => cell);
    await page.evaluate(() => {
      const aside = document.createElement('p');
      aside.className = 'excluded';
      aside.setAttribute('style', 'color: #ccc');
      aside.textContent = 'Blek text utanför kontrollen';
      document.querySelector('main')!.append(aside);
    });
    await expect(expectNoAxeViolations(page)).rejects.toThrow(/color-contrast/);
    await expectNoAxeViolations(page, { exclude: ['.excluded'] });
  });

  test('still runs the other rules on the rows it leaves out of the contrast check', async () => {
    const page = await tablePage(44, (cell) => cell.replace('<span class="level">', '<span class="level"><img src="data:," >'));
    await expect(expectNoAxeViolations(page)).rejects.toThrow(/image-alt/);
  });
});
