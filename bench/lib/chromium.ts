import { existsSync } from 'node:fs';
import { CHROMIUM_HEADLESS_SHELL, CHROMIUM_WHOLE_BROWSER } from '../../scripts/chromium';

// Which Chromium the page benchmarks drive (docs/decisions/0037). Debian's headless shell
// (`chromium-headless-shell`) when it is installed: the same Blink, V8 and compositor as the whole
// browser, without the window user interface that the whole browser's headless mode builds and serves
// beside the page. On two cores that work competes with the page's renderer, and Lighthouse's simulated
// TBT multiplies the time the renderer waits for a core by four as if it were the page's own work.
// `--browser whole` (or CHROMIUM_PATH / CHROME_PATH) measures with the whole browser instead.

export type BenchChromium = {
  path: string;
  /** The whole browser needs `--headless`; the shell is headless by nature. */
  headlessFlags: string[];
  label: string;
};

export function benchChromium(choice?: string): BenchChromium {
  const override = process.env.CHROMIUM_PATH || process.env.CHROME_PATH;
  if (override) return describe(override);
  if (choice !== undefined && choice !== 'shell' && choice !== 'whole') throw new Error(`--browser ${choice}: shell or whole`);
  if (choice === 'whole' || !existsSync(CHROMIUM_HEADLESS_SHELL)) return describe(CHROMIUM_WHOLE_BROWSER);
  return describe(CHROMIUM_HEADLESS_SHELL);
}

function describe(path: string): BenchChromium {
  // Checked before anything starts: a missing binary made chrome-launcher's spawn crash the bench with the app left running.
  if (!existsSync(path))
    throw new Error(`Chromium not found at ${path}: apt-get install chromium-headless-shell (or chromium), or set CHROMIUM_PATH`);
  const shell = path.includes('headless-shell');
  return { path, headlessFlags: shell ? [] : ['--headless=new'], label: shell ? `headless shell (${path})` : `whole browser, headless (${path})` };
}
