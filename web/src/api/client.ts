import type { Client } from 'openapi-fetch';
import { loadNamespaces } from '#web/i18n/index';
import { loadErrorMessages } from './errorMessagesLoader';
import { noteAsked } from './preloadedAnswers';
import type { ErrorBody } from '#shared/api/errors';
import type { ErrorCode, ErrorDetailsByCode } from '#shared/api/error-codes';
import type { paths } from './openapi';

/** A failed API call: the server's `{ error: { code, message, details? } }`, or a network failure (status 0). */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }

  get isUnauthorized(): boolean {
    return this.status === 401;
  }

  /**
   * The details of this error when it has `code`, typed as shared/api/error-codes.ts
   * declares them for that code (the server sends no other); undefined for any other code.
   */
  detailsFor<C extends ErrorCode>(code: C): ErrorDetailsByCode[C] | undefined {
    return this.code === code ? (this.details as ErrorDetailsByCode[C]) : undefined;
  }
}

export const NETWORK_ERROR_STATUS = 0;

/** What a call may carry: path and query parameters, a body (JSON unless serialised otherwise), headers, an abort signal. */
type CallInit = {
  params?: { path?: Record<string, string | number>; query?: Record<string, string | number | boolean | null | undefined> };
  body?: unknown;
  bodySerializer?: (body: never) => BodyInit;
  headers?: Record<string, string>;
  signal?: AbortSignal;
};

/** The path with its {parameters} filled in (encoded), and the query's set values. */
function urlOf(path: string, params: CallInit['params'] = {}): string {
  const filled = path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(String(params.path?.[name])));
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params.query ?? {})) if (value !== undefined && value !== null) query.append(name, String(value));
  const search = query.toString();
  return search ? `${filled}?${search}` : filled;
}

/** The paths that answer GET. */
type GetPath = { [P in keyof paths]: paths[P]['get'] extends { parameters: unknown } ? P : never }[keyof paths];
/** A GET's path and query parameters as the generated contract types them. */
type LinkParams<P extends GetPath> = Pick<NonNullable<paths[P]['get']>['parameters'], 'path' | 'query'>;
/** The parameters may be left out when the path has none and no query parameter is required. */
type LinkArgs<P extends GetPath> = LinkParams<P> extends { path: object } | { query: object } ? [LinkParams<P>] : [LinkParams<P>?];

/**
 * The address of a GET for the places that hand a URL to the browser rather
 * than call through `api` (download links, the health check of the error page):
 * path, path parameters and query checked against the generated contract like
 * `api.GET`'s, e.g. `apiUrl('/api/rounds/{year}/aggregates/export', { path: { year }, query: { format: 'csv' } })`.
 * Unset (undefined) query parameters are left out.
 */
export function apiUrl<P extends GetPath>(path: P, ...[params]: LinkArgs<P>): string {
  return urlOf(path, params);
}

/**
 * How long a read waits for the server's whole answer before it counts as a network failure, and is asked again
 * like one (the query client's retries, the error with its retry button). Every statement on the server is bounded
 * (3–5 s, docs/architecture.md); what never answers is the network: a phone's connection that dropped without
 * closing. Without a limit such a read showed "Laddar…" for good.
 */
export const ANSWER_TIME_LIMIT_MS = 30_000;

/**
 * `signal` (the caller's cancellation, if any) joined by a time limit: the call then fails as a network failure when
 * its answer, body included, has not come within ANSWER_TIME_LIMIT_MS. Every GET gets one; a repeatable write passes one
 * itself (the survey's autosave, whose retry the server recognises). Browsers without `AbortSignal.any` (Safari
 * before 17.4) go without the limit.
 */
export function answerTimeLimit(signal?: AbortSignal): AbortSignal | undefined {
  if (typeof AbortSignal.any !== 'function') return signal;
  const limit = AbortSignal.timeout(ANSWER_TIME_LIMIT_MS);
  return signal ? AbortSignal.any([signal, limit]) : limit;
}

async function call(method: string, path: string, init: CallInit = {}): Promise<{ data: unknown; response: Response }> {
  const body = init.body === undefined ? undefined : init.bodySerializer ? init.bodySerializer(init.body as never) : JSON.stringify(init.body);
  const response = await send(urlOf(path, init.params), {
    method,
    signal: method === 'GET' ? answerTimeLimit(init.signal) : init.signal,
    headers: { ...(body !== undefined && { 'content-type': 'application/json' }), ...init.headers },
    body,
  });
  // 202 may carry a body (an invitation's answer): only an empty answer is read as nothing.
  if (response.status === 204 || response.headers.get('content-length') === '0') return { data: undefined, response };
  // The time limit covers the body too: a body cut off (or never finished) is a network failure like a request's.
  return { data: await response.json().catch(asNetworkFailure), response };
}

/**
 * The one API client, typed by web/src/api/openapi.d.ts (generated from the
 * server's OpenAPI document: `npm run api:types`, docs/decisions/0017): the
 * calls and answers of openapi-fetch's client, whose types it takes. Its
 * run-time is these few lines rather than openapi-fetch's own (3 kB gzip),
 * which would take the survey route over its 150 kB budget. No run-time
 * validation: the server validates every answer, and zod stays out of the
 * entry chunk (docs/decisions/0003).
 */
type TypedClient = Pick<Client<paths>, 'GET' | 'PUT' | 'POST' | 'PATCH' | 'DELETE'>;
const untyped = {
  GET: (path: string, init?: CallInit) => call('GET', path, init),
  PUT: (path: string, init?: CallInit) => call('PUT', path, init),
  POST: (path: string, init?: CallInit) => call('POST', path, init),
  PATCH: (path: string, init?: CallInit) => call('PATCH', path, init),
  DELETE: (path: string, init?: CallInit) => call('DELETE', path, init),
};
// The one cast: the calls above are generic over every path; the generated types say which path takes and answers what.
export const api = untyped as unknown as TypedClient;

/**
 * The session cookie goes along; mutating requests carry the browser's own
 * Origin (the server's CSRF rule, docs/decisions/0011). Every failed call
 * becomes an ApiError, after the error texts' namespace has loaded.
 */
async function send(url: string, init: RequestInit): Promise<Response> {
  let response: Response;
  noteAsked(url);
  try {
    response = await fetch(url, { ...init, credentials: 'same-origin', headers: { accept: 'application/json', ...init.headers } });
  } catch (error) {
    asNetworkFailure(error);
  }
  if (!response.ok) throw await toApiError(response, !ANSWERS_NOT_ERRORS[url]?.includes(response.status));
  return response;
}

/** Rethrows the caller's cancellation as it is; any other failure to fetch or read an answer as a network failure. */
function asNetworkFailure(error: unknown): never {
  if (error instanceof DOMException && error.name === 'AbortError') throw error;
  throw new ApiError(NETWORK_ERROR_STATUS, 'network_error', 'The server could not be reached.');
}

/**
 * Failures that are answers: the caller reads them and shows no error, so they do not wait for the error texts.
 * The session check's 401 is "nobody is signed in" (auth/session.ts), which every anonymous visit gets first:
 * loading the texts before it cost a round trip before the page's first content (issue 15).
 */
const ANSWERS_NOT_ERRORS: Readonly<Record<string, readonly number[]>> = { '/api/auth/me': [401] };

/** What a call resolves to, as openapi-fetch types it: the answer (`data`) or, for a failed call, `error`. */
type Outcome = { data?: unknown; error?: unknown; response: Response };
/** The successful member: `data` is the answer the route declares. */
type Success<O extends Outcome> = Exclude<O, { data?: never }>;

/** send() has thrown for every failed call; this check only tells the type so. */
const succeeded = <O extends Outcome>(outcome: O): outcome is Success<O> => !('error' in outcome);

/** The answer of a call through `api`, typed by the route; a failed call has already thrown its ApiError. */
export async function answer<O extends Outcome>(call: Promise<O>): Promise<Success<O>['data']> {
  const outcome = await call;
  if (!succeeded(outcome)) throw await toApiError(outcome.response);
  return outcome.data;
}

/** For calls whose answer is not used (204s, or a body nobody reads). */
export async function done(call: Promise<Outcome>): Promise<void> {
  await answer(call);
}

async function toApiError(response: Response, withTexts = true): Promise<ApiError> {
  // The texts for error codes are a lazy namespace (docs/decisions/0005) and
  // the code that picks them a lazy module (0019): both loaded before the error
  // surfaces, so its first render already says it in the user's words.
  const [body] = await Promise.all([
    response.json().catch(() => undefined) as Promise<unknown>,
    withTexts && loadNamespaces(['errors']).catch(() => undefined),
    withTexts && loadErrorMessages().catch(() => undefined),
  ]);
  if (isErrorBody(body)) return new ApiError(response.status, body.error.code, body.error.message, body.error.details);
  return new ApiError(response.status, 'http_error', response.statusText || `HTTP ${response.status}`);
}

function isErrorBody(body: unknown): body is ErrorBody {
  const error = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  return typeof error?.code === 'string' && typeof error.message === 'string';
}

/** A failure that asking again at once may fix: the server could not be reached, or answered 5xx. Never a 4xx. */
export function isRetryableError(error: unknown): boolean {
  return error instanceof ApiError && (error.status === NETWORK_ERROR_STATUS || error.status >= 500);
}

/**
 * A failure that goes away by itself once the server is back: it could not be
 * reached, or said it is (temporarily) unavailable (503 while the database is
 * away; 502/504 from a proxy). Worth asking again later, unlike a 500.
 */
export function isTransientError(error: unknown): boolean {
  return error instanceof ApiError && (error.status === NETWORK_ERROR_STATUS || [502, 503, 504].includes(error.status));
}
