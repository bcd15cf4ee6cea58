// The question-bank editor's cost per keystroke: the main-thread time
// (Chromium's TaskDuration and ScriptDuration, via CDP Performance.getMetrics)
// that typing one character into a field of the editor costs, in the app as
// `npm start` runs it (compiled server, built client, demo data), logged in as
// the demo administrator. Each run copies the newest version (as the editor's
// own test does), opens it and types a text into area 2's main question.
// A benchmark, not a test: it prints figures; nothing in `npm test` runs it.
//
//   npm run bench:bank-typing                      # 5 runs of 50 characters
//   npm run bench:bank-typing -- --runs 3 --cpu 4  # with the CPU slowed down 4×
//   npm run bench:bank-typing -- --no-build        # serve web/dist as it is (e.g. another build copied there)
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { chromium, type CDPSession } from 'playwright-core';
import { paths } from '#shared/client-routes';
import { cookiesFor, logIn, median, startApp } from './lib/pages-app';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const TEXT = 'Har ni ett etablerat arbetssätt för ledningens årl';

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    cpu: { type: 'string', default: '1' },
    chars: { type: 'string', default: String(TEXT.length) },
    'no-build': { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});

if (options.help) {
  console.log('npm run bench:bank-typing -- [--runs 5] [--cpu 1] [--chars 50] [--no-build]');
  process.exit(0);
}

type Figures = { task: number; script: number; style: number; layout: number };

async function metrics(cdp: CDPSession): Promise<Figures> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  const ms = (name: string) => (list.find((metric) => metric.name === name)?.value ?? Number.NaN) * 1000;
  return { task: ms('TaskDuration'), script: ms('ScriptDuration'), style: ms('RecalcStyleDuration'), layout: ms('LayoutDuration') };
}

async function main() {
  const runs = Number(options.runs);
  const text = TEXT.repeat(Math.ceil(Number(options.chars) / TEXT.length)).slice(0, Number(options.chars));
  const app = await startApp({ buildClient: !options['no-build'] });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  const perKey: Figures[] = [];
  try {
    const cookie = await logIn(app.baseUrl, 'admin@demo.mognad.se');
    for (let run = 1; run <= runs; run += 1) {
      const context = await browser.newContext({ locale: 'sv-SE', viewport: { width: 1280, height: 900 } });
      await context.addCookies(cookiesFor(cookie, app.baseUrl));
      const page = await context.newPage();
      await page.goto(`${app.baseUrl}${paths.adminBankVersions}`);
      await page.getByRole('heading', { level: 1, name: 'Frågebankens versioner' }).waitFor();
      const version = `2090.${Date.now() % 100_000}`;
      await page.getByLabel('Ny version').fill(version);
      await page.getByRole('button', { name: 'Kopiera', exact: true }).click();
      await page.getByRole('heading', { level: 2, name: `Redigera version ${version}` }).waitFor();
      const field = page.getByRole('group', { name: /^Område 2: / }).getByLabel('Huvudfråga (ja eller nej) (svenska)');
      await field.focus();
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.press('Backspace');

      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(options.cpu) });
      const settle = () => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      await settle();
      const before = await metrics(cdp);
      await page.keyboard.type(text);
      await settle();
      const after = await metrics(cdp);
      if ((await field.inputValue()) !== text) throw new Error('the field does not hold the typed text');
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      const perChar = (key: keyof Figures) => (after[key] - before[key]) / text.length;
      const figures = { task: perChar('task'), script: perChar('script'), style: perChar('style'), layout: perChar('layout') };
      perKey.push(figures);
      console.log(
        `run ${run}: ${figures.task.toFixed(1)} ms main-thread task time per key (script ${figures.script.toFixed(1)} ms, ` +
          `style ${figures.style.toFixed(1)} ms, layout ${figures.layout.toFixed(1)} ms), ` +
          `${text.length} keys, CPU ${options.cpu}×, load ${loadavg()[0]!.toFixed(2)}`,
      );
      await context.close();
    }
    console.log(
      `median of ${runs}: ${median(perKey.map((f) => f.task)).toFixed(1)} ms per key (script ${median(perKey.map((f) => f.script)).toFixed(1)} ms)`,
    );
  } finally {
    await browser.close();
    await app.stop();
  }
}

await main();
