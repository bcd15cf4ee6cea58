// `npm install` (prepare) and `npm start`: builds the client (web/dist) and the
// compiled server (dist/) when missing or older than their sources, so the
// server serves a current client and runs current code without rebuilding every start.
import { buildClientIfStale } from './client-build.mjs';
import { buildServerIfStale } from './server-build.mjs';

await buildServerIfStale();
buildClientIfStale();
