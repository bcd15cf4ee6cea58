import type { Config } from '#server/config';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded';

type Logger = { info: (msg: string) => void; warn: (msg: string) => void; error: (msg: string) => void };

/** The configured DATABASE_URL, or an embedded server started for this process. */
export async function resolveDatabase(config: Config, logger: Logger): Promise<{ url: string; embedded: EmbeddedDatabase | undefined }> {
  if (config.databaseUrl) return { url: config.databaseUrl, embedded: undefined };
  const embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedDbPort, logger });
  logger.info(`Embedded PostgreSQL running on 127.0.0.1:${config.embeddedDbPort} (data in ${config.dataDir})`);
  return { url: embedded.url, embedded };
}

/** The same server and credentials, another database: keeps a socket directory or options in the query string. */
export function withDatabaseName(databaseUrl: string, name: string): string {
  const url = new URL(databaseUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
