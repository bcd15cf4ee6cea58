import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { purgeExpired } from './purge';

/**
 * Purges expired sessions, spent links and old login attempts (purge.ts) once the app listens (after the database
 * is migrated) and then every HOUSEKEEPING_INTERVAL_MINUTES while it runs; each instance may run it, deletes are
 * idempotent. Stops with the app, letting a run finish.
 */
export const housekeepingPlugin = fp(
  async (app: FastifyInstance) => {
    const { loginAttemptRetentionDays, housekeepingIntervalMinutes } = app.config;
    if (housekeepingIntervalMinutes === 0) return;
    let timer: NodeJS.Timeout | undefined;
    let running: Promise<unknown> = Promise.resolve();
    const run = () => {
      running = purgeExpired(app.db, { loginAttemptRetentionDays })
        .then((counts) => {
          if (Object.values(counts).some((n) => n > 0)) app.log.info({ purged: counts }, 'expired sessions, links and login records purged');
        })
        .catch((error: unknown) => app.log.warn({ err: error }, 'purge of expired records failed; it runs again at the next interval'));
    };
    // Once listening: main.ts migrates the database after the app is ready and before it listens.
    app.addHook('onListen', () => {
      run();
      timer = setInterval(run, housekeepingIntervalMinutes * 60 * 1000);
      timer.unref();
    });
    app.addHook('onClose', async () => {
      clearInterval(timer);
      await running;
    });
  },
  { name: 'housekeeping', dependencies: ['database'] },
);
