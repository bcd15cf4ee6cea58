import { readdirSync, readFileSync } from 'node:fs';

/**
 * Throws unless `pid` names one process. kill(2) reads 0 as the caller's whole process group and -1 as every process it
 * may signal: a pid read as 0 from a missing pid file would stop or kill the test run itself, not PostgreSQL.
 */
function assertOneProcess(pid: number): void {
  if (!Number.isInteger(pid) || pid <= 0) throw new Error(`${pid} is not one process's pid: kill(2) would signal a group of processes`);
}

/** Sends a signal to one process; refuses a pid that would address a process group. */
export function signalProcess(pid: number, signal: NodeJS.Signals): void {
  assertOneProcess(pid);
  process.kill(pid, signal);
}

/** The direct children of a process (PostgreSQL's backends under its postmaster), read from /proc. */
export function childrenOf(pid: number): number[] {
  assertOneProcess(pid);
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((entry) => {
      try {
        return Number(readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1]!.split(' ')[1]) === pid;
      } catch {
        return false;
      }
    })
    .map(Number);
}

export function isAlive(pid: number): boolean {
  assertOneProcess(pid);
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * How long a test waits for a real server process to become healthy (its embedded PostgreSQL's `initdb`, crash
 * recovery, migrations and Node loading the server) or for setup load to get under way. A backstop that only decides
 * how long a failure takes to show, not a pace: these files run first, beside the checks, and at a load of 15–17 (four
 * engineers' benchmarks and builds) a start took more than the 60 s these waits had before (test/README.md, session 12).
 */
export const SERVER_START_TIMEOUT_MS = 240_000;
