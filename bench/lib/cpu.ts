import { readFileSync, readdirSync } from 'node:fs';
import { loadavg } from 'node:os';

/*
 * CPU time per process from /proc (Linux): what the server, PostgreSQL and the
 * load generator each spend, independent of how many other processes share the
 * cores. Wall-clock throughput on a shared machine moves with everyone else's
 * work; CPU seconds per request move much less.
 */

export const TICKS_PER_SECOND = 100; // USER_HZ: 100 on every Linux this runs on (getconf CLK_TCK).

/** What /proc/<pid>/stat says of a process's CPU, in clock ticks; undefined when it is gone. */
export function procStat(pid: number): { parent: number; ticks: number; reapedTicks: number; startTime: string } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start at the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // fields[0] is field 3 (state): ppid is field 4, utime 14, stime 15, cutime 16, cstime 17, starttime 22 (which tells a
    // reused pid apart).
    return {
      parent: Number(fields[1]),
      ticks: Number(fields[11]) + Number(fields[12]),
      reapedTicks: Number(fields[13]) + Number(fields[14]),
      startTime: fields[19]!,
    };
  } catch {
    return undefined;
  }
}

/** utime + stime of a process (all its threads), in ms; with its reaped children's when `children`. */
function processCpuMs(pid: number, children: boolean): number {
  const stat = procStat(pid);
  if (!stat) return 0; // gone
  return ((stat.ticks + (children ? stat.reapedTicks : 0)) * 1000) / TICKS_PER_SECOND;
}

function parentOf(pid: number): number | undefined {
  return procStat(pid)?.parent;
}

/** The postmaster and every backend and auxiliary process it started (backends that exited count through its cutime). */
function postgresCpuMs(postmasterPid: number): number {
  let total = processCpuMs(postmasterPid, true);
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    if (Number.isInteger(pid) && parentOf(pid) === postmasterPid) total += processCpuMs(pid, false);
  }
  return total;
}

export type CpuSample = { serverMs: number; postgresMs: number; generatorMs: number; at: number };

export function cpuSample(serverPid: number, postmasterPid: number): CpuSample {
  const own = process.cpuUsage();
  return {
    serverMs: processCpuMs(serverPid, false),
    postgresMs: postgresCpuMs(postmasterPid),
    generatorMs: (own.user + own.system) / 1000,
    at: performance.now(),
  };
}

export type CpuSplit = { serverMs: number; postgresMs: number; generatorMs: number; wallMs: number; load1: number };

/** CPU between two samples. Resolution is 10 ms per process: meaningful over runs of seconds. */
export function cpuBetween(before: CpuSample, after: CpuSample, load1 = loadavg()[0]!): CpuSplit {
  return {
    serverMs: after.serverMs - before.serverMs,
    postgresMs: after.postgresMs - before.postgresMs,
    generatorMs: after.generatorMs - before.generatorMs,
    wallMs: after.at - before.at,
    load1,
  };
}
