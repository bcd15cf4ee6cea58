import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { refreshDueMetadata } from './metadata-refresh';

/** How often the schedule looks for metadata that is due: at most hourly, so that a short interval is kept. */
const MAX_CHECK_MS = 60 * 60 * 1000;

/**
 * Reads SAML metadata again on a schedule (SAML_METADATA_REFRESH_HOURS) while the app runs: once it listens (after
 * the database is migrated), then whenever a provider's last attempt is older than the interval. Stops with the app,
 * letting a run finish.
 */
export const metadataRefreshPlugin = fp(
  async (app: FastifyInstance) => {
    const intervalMs = app.config.samlMetadataRefreshHours * 60 * 60 * 1000;
    if (intervalMs === 0) return;
    let timer: NodeJS.Timeout | undefined;
    let running: Promise<unknown> = Promise.resolve();
    const run = () => {
      running = refreshDueMetadata(app.db, { intervalMs, log: app.log }).catch((error: unknown) =>
        app.log.warn({ err: error }, 'SAML metadata refresh failed; it runs again later'),
      );
    };
    // Once listening: main.ts migrates the database after the app is ready and before it listens.
    app.addHook('onListen', () => {
      run();
      timer = setInterval(run, Math.min(intervalMs, MAX_CHECK_MS));
      timer.unref();
    });
    app.addHook('onClose', async () => {
      clearInterval(timer);
      await running;
    });
  },
  { name: 'saml-metadata-refresh', dependencies: ['database'] },
);
