/** The compiled server's entry, dist/server/main.js. */
export const SERVER_ENTRY: string;
export function isServerBuildStale(): boolean;
/** Builds dist/server and dist/migrations. */
export function buildServer(): Promise<void>;
/** Builds the server when dist/server is missing or older than its sources; resolves to whether it built. */
export function buildServerIfStale(): Promise<boolean>;
