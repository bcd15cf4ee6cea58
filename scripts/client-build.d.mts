export function isClientBuildStale(): boolean;
/** Builds web/dist when it is missing or stale; returns whether it built. */
export function buildClientIfStale(): boolean;
