// The error texts (errorMessages: every error code's and validation rule's
// words, and shared/api/error-codes) load only when an error shows, not with
// every page that might show one (docs/decisions/0019). This module holds the
// loaded module so that code which renders an error can use it at once; the API
// client loads it before a failed call's ApiError surfaces, as it loads the
// `errors` namespace, so the first render of an error already has its final text.
// No imports: the entry chunk (the API client) carries these few lines only.

export type ErrorMessages = typeof import('./errorMessages');

let loaded: ErrorMessages | undefined;
let loading: Promise<ErrorMessages> | undefined;

/** The error texts' module, loaded once; a failed load (offline) is tried again on the next call. */
export function loadErrorMessages(): Promise<ErrorMessages> {
  loading ??= import('./errorMessages').then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** The error texts' module when it has loaded, else undefined. */
export const loadedErrorMessages = (): ErrorMessages | undefined => loaded;
