import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { scheduleWhileListening } from '#server/http/schedule';
import { purgeExpired } from './purge';

/**
 * Purges expired sessions, spent links and old login attempts (purge.ts) once the app listens and then every
 * HOUSEKEEPING_INTERVAL_MINUTES while it runs; each instance may run it, deletes are idempotent.
 */
export const housekeepingPlugin = fp(
  async (app: FastifyInstance) => {
    const { loginAttemptRetentionDays, housekeepingIntervalMinutes } = app.config;
    if (housekeepingIntervalMinutes === 0) return;
    scheduleWhileListening(app, housekeepingIntervalMinutes * 60 * 1000, async () => {
      try {
        const counts = await purgeExpired(app.db, { loginAttemptRetentionDays });
        if (Object.values(counts).some((n) => n > 0)) app.log.info({ purged: counts }, 'expired sessions, links and login records purged');
      } catch (error) {
        app.log.warn({ err: error }, 'purge of expired records failed; it runs again at the next interval');
      }
    });
  },
  { name: 'housekeeping', dependencies: ['database'] },
);
