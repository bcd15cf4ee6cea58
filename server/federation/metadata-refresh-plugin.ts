import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { scheduleWhileListening } from '#server/http/schedule';
import { refreshDueMetadata } from './metadata-refresh';

/** How often the schedule looks for metadata that is due: at most hourly, so that a short interval is kept. */
const MAX_CHECK_MS = 60 * 60 * 1000;

/**
 * Reads SAML metadata again on a schedule (SAML_METADATA_REFRESH_HOURS) while the app runs: once it listens, then
 * whenever a provider's last attempt is older than the interval.
 */
export const metadataRefreshPlugin = fp(
  async (app: FastifyInstance) => {
    const intervalMs = app.config.samlMetadataRefreshHours * 60 * 60 * 1000;
    if (intervalMs === 0) return;
    scheduleWhileListening(app, Math.min(intervalMs, MAX_CHECK_MS), async () => {
      try {
        await refreshDueMetadata(app.db, { intervalMs, log: app.log });
      } catch (error) {
        app.log.warn({ err: error }, 'SAML metadata refresh failed; it runs again later');
      }
    });
  },
  { name: 'saml-metadata-refresh', dependencies: ['database'] },
);
