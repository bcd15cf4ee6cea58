// The app as main.ts builds it, plus the benchmark's hello-world route,
// listening on PORT over the PostgreSQL at DATABASE_URL. Started by run.ts
// as its own process, so load generation and serving do not share a thread.
import { buildApp } from '#server/app';
import { loadConfig } from '#server/config';
import { countQueries, helloPlugin } from './lib/hello';

countQueries();

const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent', SEED_DEMO: 'false' });
if (!config.databaseUrl) throw new Error('bench/server.ts needs DATABASE_URL');
const app = await buildApp({ config, databaseUrl: config.databaseUrl, logger: false });
await app.register(helloPlugin);
await app.listen({ port: config.port, host: '127.0.0.1' });
process.send?.('listening');

const stop = () => void app.close().then(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
