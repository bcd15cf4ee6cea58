import createClient, { type Middleware } from 'openapi-fetch';
import { loadNamespaces } from '../i18n';
import type { ErrorBody } from '../../../shared/api/errors';
import type { ErrorCode, ErrorDetailsByCode } from '../../../shared/api/error-codes';
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

/**
 * Every failed call becomes an ApiError before openapi-fetch reads the body, so
 * a caller gets either the answer or a thrown ApiError, as before the typed client.
 */
const apiErrors: Middleware = {
  async onResponse({ response }) {
    if (!response.ok) throw await toApiError(response);
  },
  onError({ error }) {
    if (error instanceof DOMException && error.name === 'AbortError') return error;
    return new ApiError(NETWORK_ERROR_STATUS, 'network_error', 'The server could not be reached.');
  },
};

/**
 * The one API client, typed by web/src/api/openapi.d.ts (generated from the
 * server's OpenAPI document: `npm run api:types`, docs/decisions/0015). The
 * session cookie goes along; mutating requests carry the browser's own Origin
 * (the server's CSRF rule, docs/decisions/0011). No run-time validation: the
 * server validates every answer, and zod stays out of the entry chunk (0003).
 */
export const api = createClient<paths>({ credentials: 'same-origin', headers: { accept: 'application/json' } });
api.use(apiErrors);

/** What openapi-fetch resolves to: the answer (`data`) or, for a failed call, `error`. */
type Outcome = { data?: unknown; error?: unknown; response: Response };
/** The successful member: `data` is the answer the route declares. */
type Success<O extends Outcome> = Exclude<O, { data?: never }>;

/** The middleware has thrown for every failed call; this check only tells the type so. */
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

async function toApiError(response: Response): Promise<ApiError> {
  // The texts for error codes are a lazy namespace (docs/decisions/0005): loaded
  // before the error surfaces, so describeApiError can say it in the user's words.
  const [body] = await Promise.all([response.json().catch(() => undefined) as Promise<unknown>, loadNamespaces(['errors']).catch(() => undefined)]);
  if (isErrorBody(body)) return new ApiError(response.status, body.error.code, body.error.message, body.error.details);
  return new ApiError(response.status, 'http_error', response.statusText || `HTTP ${response.status}`);
}

function isErrorBody(body: unknown): body is ErrorBody {
  const error = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  return typeof error?.code === 'string' && typeof error.message === 'string';
}
