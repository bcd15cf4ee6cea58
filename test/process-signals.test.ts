import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { childrenOf, isAlive, signalProcess } from './support/processes';

// kill(2) reads a pid of 0 as "this process group" and -1 as "every process I may signal". A test that signalled a
// postmaster whose pid file was missing (read as 0) would have stopped or killed the whole test run, not PostgreSQL.
describe('the real-process tests’ signals', () => {
  it('refuse a pid that would address a process group instead of one process', () => {
    for (const pid of [0, -1, Number.NaN]) {
      expect(() => signalProcess(pid, 'SIGCONT')).toThrow(/not one process/);
      expect(() => isAlive(pid)).toThrow(/not one process/);
      expect(() => childrenOf(pid)).toThrow(/not one process/);
    }
  });

  it('signal, find and see one real process', async () => {
    const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    await once(child, 'spawn');
    expect(childrenOf(process.pid)).toContain(child.pid);
    expect(isAlive(child.pid!)).toBe(true);
    signalProcess(child.pid!, 'SIGKILL');
    await once(child, 'exit');
    expect(isAlive(child.pid!)).toBe(false);
  });
});
