import { defineConfig } from 'vitest/config';
import { ProcessesFirstSequencer } from './test/sequencer.ts';

// How the suite is laid out and why things are shared: test/README.md.

/**
 * Both cores of the machine the suite is sized for; the browser tests' Chromium is one per worker.
 * TEST_WORKERS overrides it (on a busy 2-core machine, 4 workers took as long as 2: 10.5 min).
 */
const WORKERS = Number(process.env.TEST_WORKERS ?? 2);

export default defineConfig({
  test: {
    // One embedded PostgreSQL (and the client build) for the whole run, whatever projects run.
    globalSetup: ['test/global-setup.ts'],
    maxWorkers: WORKERS,
    sequence: { sequencer: ProcessesFirstSequencer },
    projects: [
      {
        test: {
          name: 'app',
          include: ['test/**/*.test.ts'],
          exclude: ['test/web/**'],
          maxWorkers: WORKERS,
          // Files run one after another in a worker process that keeps its loaded modules (the
          // server, Playwright) and its Chromium: each file still builds its own app on its own
          // database. Nothing in these files changes globals or mocks modules; keep it so.
          isolate: false,
          // Tests wait for conditions, each wait bounded on its own (a health check, a lock, a page step), so these
          // limits only stop a test that never ends. They are not a pace to keep: the machine may be busy (the adversary's
          // sweep of every view in test/disclosure-api.test.ts took 85 s on two cores with a load of 30).
          testTimeout: 300_000,
          hookTimeout: 300_000,
          // A polled condition gets as long as a Playwright step (STEP_TIMEOUT_MS in test/browser/support/browser.ts).
          expect: { poll: { timeout: 30_000 } },
        },
      },
      {
        test: {
          // The client's own modules: they fake browser globals (document, window), so each file runs alone.
          name: 'web',
          include: ['test/web/**/*.test.ts'],
          maxWorkers: WORKERS,
          isolate: true,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
