import { spawn } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SERVER_ENTRY, buildServerIfStale } from '../../scripts/server-build.mjs';
import { ROOT, stopChild } from './environment';
import { freePort } from '../../scripts/free-port';
import { waitForOk } from './ports';

export type StartTiming = { coldMs: number; warmMs: number };

/**
 * `npm start`'s server as a user runs it after install (compiled, dist/server/main.js, which
 * `npm install` builds): spawned on a fresh
 * DATA_DIR (initdb, migrations, reference data, demo round), timed from
 * spawn to the first 200 from /api/health; then stopped and started again
 * on the same data (warm start).
 */
export async function measureStart(): Promise<StartTiming> {
  await buildServerIfStale();
  const dataDir = await mkdtemp(path.join(tmpdir(), 'mognad-coldstart-'));
  await chmod(dataDir, 0o755);
  const port = await freePort();
  const env = { ...process.env, DATA_DIR: dataDir, PORT: String(port), EMBEDDED_DB_PORT: String(await freePort()), LOG_LEVEL: 'warn' };
  try {
    const coldMs = await timeStart(env, port);
    const warmMs = await timeStart(env, port);
    return { coldMs, warmMs };
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function timeStart(env: NodeJS.ProcessEnv, port: number): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--enable-source-maps', SERVER_ENTRY], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'inherit'] });
  try {
    await waitForOk(`http://127.0.0.1:${port}/api/health`, 60_000, 10);
    return performance.now() - started;
  } finally {
    const code = await stopChild(child);
    if (code !== 0) console.warn(`server exited with ${code} after the start measurement`);
  }
}
