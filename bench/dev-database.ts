// Loads the data set and keeps the server and database running, printing
// where, so queries can be examined by hand (EXPLAIN). Ctrl-C stops it.
// node --import tsx bench/dev-database.ts [--organisations N] [--rounds R]
import { startEnvironment } from './lib/environment';
import { loadDataSet } from './lib/load-data-set';
import { readOptions } from './lib/options';
import { sessionCookie } from './lib/sessions';

const options = readOptions();
const env = await startEnvironment();
await loadDataSet(env, options);
const analyst = await sessionCookie(env.db, 'dev-analyst@example.se', 'analyst');
console.log(`server ${env.baseUrl}\ndatabase ${env.databaseUrl}\nanalyst cookie ${analyst}`);
process.on('SIGINT', () => void env.stop().then(() => process.exit(0)));
