import type { FastifyInstance } from 'fastify';

/**
 * Runs a background job once the app listens and then every `everyMs` while it runs: main.ts migrates the database
 * after the app is ready and before it listens, so a job that starts on `ready` meets an empty database on a first
 * start. A run still going when the next is due is not doubled; closing the app waits for it. The job handles and
 * logs its own failures.
 */
export function scheduleWhileListening(app: FastifyInstance, everyMs: number, job: () => Promise<void>): void {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  const run = () => {
    running ??= job().finally(() => (running = undefined));
  };
  app.addHook('onListen', () => {
    run();
    timer = setInterval(run, everyMs);
    timer.unref();
  });
  app.addHook('onClose', async () => {
    clearInterval(timer);
    await running;
  });
}
