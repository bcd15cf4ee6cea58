import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { describeBrowser, useBrowser } from './support/browser';

/**
 * The axe helper checks colour contrast on one table row, fieldset or list item of each look (test/README.md, "In CPU
 * time" and "Session 12"): one that looks different anywhere in a long table, form or list is still checked, and so is
 * one that looks like the first.
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
    const error = await expectNoAxeViolations(page).then(
      () => undefined,
      (reason: Error) => reason,
    );
    expect(error?.message).toMatch(/color-contrast/);
    // Found on the first row, the one of its look that is checked; AXE_FULL=1 checks (and finds it on) every row.
    expect(error?.message.match(/^ {6}at /gm)).toHaveLength(process.env.AXE_FULL === '1' ? 60 : 1);
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
  test('finds low contrast in a late row whose cell is empty in the earlier rows', async () => {
    // Every row has the pale note cell; only row 41 has text in it, so no earlier row of that look had text to check.
    const page = await tablePage(41, (cell) => cell.replace('<td>Kommun', '<td class="note">Ej inskickad</td><td>Kommun'));
    await page.addStyleTag({ content: 'td.note { color: #c8c8c8; }' });
    await page.evaluate(() => {
      for (const row of document.querySelectorAll('tbody tr'))
        if (!row.querySelector('.note')) row.insertAdjacentHTML('afterbegin', '<td class="note"></td>');
      document.querySelector('thead tr')!.insertAdjacentHTML('afterbegin', '<th scope="col">Anmärkning</th>');
    });
    await expect(expectNoAxeViolations(page)).rejects.toThrow(/color-contrast/);
  });

  /** A form of twelve fieldsets that look alike (one per area, as in the question-bank editor), fieldset `odd` changed by `change`. */
  async function formPage(odd: number, change: (fieldset: string) => string, style = ''): Promise<Page> {
    const fieldsets = Array.from({ length: 12 }, (_, i) => {
      const fieldset = `<fieldset class="area"><legend>Område ${i + 1}</legend><p class="hint">Nyckel area${i + 1}</p>
        <label for="t${i}">Rubrik</label><input id="t${i}" type="text" value="Rubrik ${i + 1}">
        <fieldset class="rule"><legend>Regel</legend><label for="l${i}">Nivå</label><input id="l${i}" type="number" value="${i % 5}"></fieldset>
      </fieldset>`;
      return i + 1 === odd ? change(fieldset) : fieldset;
    });
    const page = await browser.newPage();
    await page.setContent(
      `<!doctype html><html lang="sv"><head><title>Formulär</title><style>
        body { color: #1a1a1a; background: #fff; } .pale { color: #bbb; } ${style}
      </style></head><body><main><h1>Formulär</h1><form>${fieldsets.join('')}</form></main></body></html>`,
    );
    return page;
  }

  test('passes a long form whose fieldsets all look alike', async () => {
    await expectNoAxeViolations(await formPage(0, (fieldset) => fieldset));
  });

  test('finds low contrast in a late fieldset’s hint that has its own class', async () => {
    const page = await formPage(10, (fieldset) => fieldset.replace('<p class="hint">', '<p class="hint pale">'));
    await expect(expectNoAxeViolations(page)).rejects.toThrow(/color-contrast/);
  });

  test('finds low contrast in a field of a late fieldset that differs only by an inline colour', async () => {
    const page = await formPage(11, (fieldset) => fieldset.replace('type="number"', 'type="number" style="color: #c4c4c4"'));
    await expect(expectNoAxeViolations(page)).rejects.toThrow(/color-contrast/);
  });

  test('finds low contrast in a late fieldset’s field that is empty in the earlier fieldsets', async () => {
    // Pale text in every title field, but only fieldset 9's holds any text.
    const page = await formPage(9, (fieldset) => fieldset, 'input[type="text"] { color: #c4c4c4; }');
    await page.evaluate(() => {
      document.querySelectorAll<HTMLInputElement>('input[type="text"]').forEach((input, i) => (input.value = i === 8 ? 'Rubrik 9' : ''));
    });
    await expect(expectNoAxeViolations(page)).rejects.toThrow(/color-contrast/);
  });

  test('finds low contrast in a late list item whose disclosure is open where the earlier ones are closed', async () => {
    const items = Array.from(
      { length: 30 },
      (_, i) =>
        `<li class="card"><details${i === 24 ? ' open' : ''}><summary>Användare ${i + 1}</summary><p class="pale">Roller: svarande</p></details></li>`,
    );
    const page = await browser.newPage();
    await page.setContent(
      `<!doctype html><html lang="sv"><head><title>Lista</title><style>
        body { color: #1a1a1a; background: #fff; } .pale { color: #bbb; }
      </style></head><body><main><h1>Lista</h1><ul>${items.join('')}</ul></main></body></html>`,
    );
    await expect(expectNoAxeViolations(page)).rejects.toThrow(/color-contrast/);
  });

  test('checks a block that looks like one outside the checked part of the page', async () => {
    // The first fieldset of the look sits outside `include`; the one inside must still be checked.
    const page = await formPage(0, (fieldset) => fieldset, '.area .hint { color: #bbb; }');
    await page.evaluate(() => {
      const second = document.createElement('section');
      second.id = 'checked';
      second.append(document.querySelectorAll('fieldset.area')[11]!);
      document.querySelector('main')!.append(second);
    });
    await expect(expectNoAxeViolations(page, { include: '#checked' })).rejects.toThrow(/color-contrast/);
  });
  test('checks a block whose twins earlier on the page are hidden', async () => {
    // Two panels alike (tabs, say); the first is hidden, and axe checks none of the fieldsets in it.
    const page = await formPage(0, (fieldset) => fieldset, '.area .hint { color: #bbb; }');
    await page.evaluate(() => {
      const areas = [...document.querySelectorAll('fieldset.area')];
      const panels = [areas.slice(0, 6), areas.slice(6)].map((group) => {
        const panel = document.createElement('section');
        panel.append(...group);
        return panel;
      });
      panels[0]!.hidden = true;
      document.querySelector('form')!.append(...panels);
    });
    await expect(expectNoAxeViolations(page)).rejects.toThrow(/color-contrast/);
  });
});
