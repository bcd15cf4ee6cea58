// Builds the client when web/dist is missing or older than its sources, so
// `npm start` serves a current client without rebuilding on every start.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const dist = 'web/dist/index.html';
const sources = ['web', 'shared', 'vite.config.ts', 'package.json'];

function newestMtime(entry) {
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  if (path.basename(entry) === 'dist' || path.basename(entry) === 'node_modules') return 0;
  return Math.max(0, ...readdirSync(entry).map((name) => newestMtime(path.join(entry, name))));
}

const stale = !existsSync(dist) || Math.max(...sources.filter(existsSync).map(newestMtime)) > statSync(dist).mtimeMs;
if (stale) {
  console.log('Building the client (web/dist)…');
  execSync('npx vite build --logLevel warn', { stdio: 'inherit' });
}
