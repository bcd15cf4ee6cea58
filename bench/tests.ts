/**
 * What a test run costs the machine (issue 16 item 6): `npm run bench:tests [-- --command "npx vitest run test/x.ts"]`
 * runs `npm test` (or the command), and prints its wall time, the machine's busy CPU-seconds meanwhile (/proc/stat),
 * how busy the cores were on average, and the CPU of every process that started during the run, grouped by what it is
 * (Chromium by process type, Vitest's workers, the checks, PostgreSQL…).
 *
 * Why not time(1): it counts only processes reaped through the command's own chain of waits. Chromium's processes and
 * PostgreSQL's often are not (a worker ends without waiting for its browser), and in session 14 time(1) gave `npm test`
 * 722 CPU-s where the machine was busy for 1,360: the cores looked idle half the run when both were busy.
 *
 * Run it on a quiet machine: every process that starts during the run is counted as the run's. Processes that lived
 * between two samples (every 200 ms) are not seen; what they used is the "not attributed" row.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { TICKS_PER_SECOND, procStat } from './lib/cpu';

const { values } = parseArgs({ options: { command: { type: 'string', default: 'npm test' } } });
const command = values.command;

const SAMPLE_MS = 200;

type ProcessCpu = { group: string; firstTicks: number; lastTicks: number };

/** utime + stime of every process now, with its start time (a reused pid is another process). */
function processesNow(): Map<number, { ticks: number; stat: string }> {
  const now = new Map<number, { ticks: number; stat: string }>();
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    const stat = procStat(pid);
    if (stat) now.set(pid, { ticks: stat.ticks, stat: stat.startTime });
  }
  return now;
}

function groupOf(pid: number): string {
  let commandLine: string;
  try {
    commandLine = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    return 'other';
  }
  if (/chromium|chrome|headless_shell/.test(commandLine)) {
    const type = /--type=(\S+)/.exec(commandLine)?.[1] ?? 'browser';
    return `Chromium ${type === 'utility' ? `utility (${/--utility-sub-type=(\S+)/.exec(commandLine)?.[1] ?? '?'})` : type}`;
  }
  if (/^postgres|\/postgres /.test(commandLine) || commandLine.startsWith('postgres:')) return 'PostgreSQL';
  if (/vitest\/dist\/workers|forks\.js|threads\.js/.test(commandLine)) return 'Vitest workers (the app, the tests)';
  if (/vitest/.test(commandLine)) return 'Vitest main (global setup, build)';
  if (/scripts\/checks/.test(commandLine)) return 'checks (tsc, ESLint)';
  if (/prettier/.test(commandLine)) return 'prettier';
  if (/dist\/server\/main|server\/main/.test(commandLine)) return 'app servers the tests start';
  if (/initdb|pg_ctl/.test(commandLine)) return 'PostgreSQL';
  if (/vite|esbuild|rollup/.test(commandLine)) return 'client build';
  if (/^(npm|node|sh|bash)/.test(commandLine)) return 'npm, node, shells';
  return 'other';
}

function machineBusyTicks(): number {
  const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/);
  const [user, nice, system, , , irq, softirq, steal] = fields.map(Number);
  return user! + nice! + system! + irq! + softirq! + steal!;
}

const before = processesNow();
const seen = new Map<string, ProcessCpu>(); // key: pid and start time
const busyAtStart = machineBusyTicks();
const loadAtStart = loadavg()[0]!;
const startedAt = performance.now();

const sample = () => {
  for (const [pid, { ticks, stat }] of processesNow()) {
    const key = `${pid}/${stat}`;
    const known = seen.get(key);
    if (known) known.lastTicks = ticks;
    else {
      // A process already running before the run counts from its ticks then; it is not the run's.
      const earlier = before.get(pid);
      const preexisting = earlier?.stat === stat;
      seen.set(key, {
        group: preexisting ? 'running before the run (not it)' : groupOf(pid),
        firstTicks: preexisting ? earlier.ticks : 0,
        lastTicks: ticks,
      });
    }
  }
};
const sampler = setInterval(sample, SAMPLE_MS);

const child = spawn(command, { shell: true, stdio: 'inherit' });
const code: number | null = await new Promise((resolve) => child.on('exit', resolve));
clearInterval(sampler);
sample();

const wallS = (performance.now() - startedAt) / 1000;
const busyS = (machineBusyTicks() - busyAtStart) / TICKS_PER_SECOND;
const byGroup = new Map<string, { seconds: number; processes: number }>();
for (const { group, firstTicks, lastTicks } of seen.values()) {
  const entry = byGroup.get(group) ?? { seconds: 0, processes: 0 };
  const seconds = (lastTicks - firstTicks) / TICKS_PER_SECOND;
  if (seconds <= 0 && group === 'running before the run (not it)') continue;
  entry.seconds += seconds;
  entry.processes += 1;
  byGroup.set(group, entry);
}
const attributed = [...byGroup.values()].reduce((sum, { seconds }) => sum + seconds, 0);
const rows = [...byGroup.entries()].sort(([, a], [, b]) => b.seconds - a.seconds);

console.log(`\n${command}: exit ${code}, ${wallS.toFixed(0)} s wall, load ${loadAtStart.toFixed(1)} at the start`);
console.log(
  `The machine was busy ${busyS.toFixed(0)} CPU-s meanwhile: ${(busyS / wallS).toFixed(2)} of its cores on average. This ` +
    `much work takes at least ${(busyS / 2 / 60).toFixed(1)} min on two cores.\n`,
);
console.log('| processes | CPU-s | share | count |\n|---|---:|---:|---:|');
for (const [group, { seconds, processes }] of rows) {
  console.log(`| ${group} | ${seconds.toFixed(1)} | ${((100 * seconds) / busyS).toFixed(0)} % | ${processes} |`);
}
const rest = busyS - attributed;
console.log(
  `| not attributed (processes shorter than ${SAMPLE_MS} ms, the kernel) | ${rest.toFixed(1)} | ${((100 * rest) / busyS).toFixed(0)} % | |`,
);
process.exitCode = code ?? 1;
