import { buildApp } from './app';
import { ConfigError, loadConfig, type Config } from './config';
import { resolveDatabase } from './db/database-url';
import { prepareDatabase } from './db/prepare';

const consoleLogger = {
  info: (msg: string) => console.log(msg),
  warn: (msg: string) => console.warn(msg),
  error: (msg: string) => console.error(msg),
};

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }

  const database = await resolveDatabase(config, consoleLogger);
  const app = await buildApp({
    config,
    databaseUrl: database.url,
    serveClient: true,
    logger: { level: config.logLevel },
  });

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info(`${signal} received, shutting down`);
    // Pool first, then the server it talks to.
    await app.close().catch((error: unknown) => app.log.error({ err: error }, 'error closing app'));
    await database.embedded?.stop().catch((error: unknown) => console.error('error stopping PostgreSQL', error));
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  try {
    await app.ready();
    await prepareDatabase(app.db, config, app.log);
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      console.error(`Port ${config.port} is in use: stop the other program or set PORT.`);
    }
    await app.close().catch(() => undefined);
    await database.embedded?.stop().catch(() => undefined);
    process.exit(1);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
