// `npm start`: builds the client when web/dist is missing or older than its
// sources, so the server serves a current client without rebuilding every start.
import { buildClientIfStale } from './client-build.mjs';

buildClientIfStale();
