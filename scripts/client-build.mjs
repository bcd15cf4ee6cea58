// Knows whether web/dist is older than the client's sources, and rebuilds it
// when so. Shared by `npm start` (scripts/build-if-stale.mjs) and the test run
// (test/global-setup.ts), so both serve a current client without rebuilding
// every time.
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const builtIndex = path.join(root, 'web/dist/index.html');
// Several test runs may start at once (engineers share a machine): one builds, the others wait.
const buildLock = path.join(root, 'web/.build-lock');
const LOCK_STALE_MS = 5 * 60_000;
const sources = ['web', 'shared', 'vite.config.ts', 'scripts/bundle-report.ts', 'package.json'].map((entry) => path.join(root, entry));

function newestMtime(entry) {
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  if (path.basename(entry) === 'dist' || path.basename(entry) === 'node_modules') return 0;
  return Math.max(0, ...readdirSync(entry).map((name) => newestMtime(path.join(entry, name))));
}

export function isClientBuildStale() {
  if (!existsSync(builtIndex)) return true;
  return Math.max(...sources.filter(existsSync).map(newestMtime)) > statSync(builtIndex).mtimeMs;
}

/** Builds web/dist when it is missing or stale; returns whether it built. */
export function buildClientIfStale() {
  if (!isClientBuildStale()) return false;
  withBuildLock(() => {
    if (!isClientBuildStale()) return; // Another process built it while we waited.
    console.log('Building the client (web/dist)…');
    // Vitest sets NODE_ENV=test, which would give React's development build.
    try {
      execSync('npx vite build --logLevel warn', { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
    } catch (error) {
      // A failed check (e.g. the bundle budget) runs after the files are written: make the next run build again.
      rmSync(builtIndex, { force: true });
      throw error;
    }
  });
  return true;
}

function withBuildLock(work) {
  while (!tryTakeLock()) sleep(200);
  try {
    work();
  } finally {
    rmSync(buildLock, { recursive: true, force: true });
  }
}

function tryTakeLock() {
  try {
    mkdirSync(buildLock);
    return true;
  } catch (error) {
    if (error.code !== 'EEXIST') throw error;
    // A build killed half-way leaves its lock behind: take over an old one.
    if (Date.now() - statSync(buildLock, { throwIfNoEntry: false })?.mtimeMs > LOCK_STALE_MS) rmSync(buildLock, { recursive: true, force: true });
    return false;
  }
}

function sleep(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
