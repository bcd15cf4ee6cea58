import { cpus } from 'node:os';
import { readFileSync } from 'node:fs';
import type { Measurement } from './stats';

const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(2) : '–');

export function machine(): string {
  const model = readFileSync('/proc/cpuinfo', 'utf8').match(/^model name\s*:\s*(.+)$/m)?.[1] ?? cpus()[0]?.model ?? 'unknown';
  return `${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores (nproc), ${model}, Node ${process.version}, ${process.platform}`;
}

export function table(rows: Measurement[]): string {
  const lines = [
    '| Scenario | Requests | req/s | p50 ms | p95 ms | p99 ms | Answers |',
    '|---|---:|---:|---:|---:|---:|---|',
    ...rows.map(
      (m) =>
        `| ${m.name} | ${m.requests} | ${m.rps.toFixed(0)} | ${ms(m.p50)} | ${ms(m.p95)} | ${ms(m.p99)} | ${Object.entries(m.statuses)
          .map(([status, count]) => `${status}×${count}`)
          .join(' ')} |`,
    ),
  ];
  return lines.join('\n');
}

export type Target = { name: string; value: string; goal: string; met: boolean };

export function targets(rows: Target[]): string {
  return [
    '| Target | Measured | Goal | Met |',
    '|---|---:|---|---|',
    ...rows.map((t) => `| ${t.name} | ${t.value} | ${t.goal} | ${t.met ? 'yes' : '**no**'} |`),
  ].join('\n');
}
