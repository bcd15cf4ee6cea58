import { loadNamespaces } from '../i18n';
import type { ErrorBody } from '../../../shared/api/errors';

/**
 * Anything with parse(): a zod schema from shared/api fits. Optional, because
 * the server already validates its responses, and zod in the entry chunk would
 * cost every page about 25 kB (gzip); validate where a page needs it.
 */
export type ResponseParser<T> = { parse: (data: unknown) => T };

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
}

export const NETWORK_ERROR_STATUS = 0;

type MutatingMethod = 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type RequestOptions = { signal?: AbortSignal };

/** GET a JSON resource; with a parser (e.g. a zod schema) the body is validated. */
export async function apiGet<T>(path: string, parser?: ResponseParser<T>, options: RequestOptions = {}): Promise<T> {
  const response = await send(path, { method: 'GET', signal: options.signal });
  const body: unknown = await response.json();
  return parser ? parser.parse(body) : (body as T);
}

/**
 * Send a JSON body and read the JSON answer. For answers without a body (204,
 * 202) use T = void: the body is then not read.
 */
export async function apiSend<T = void>(
  method: MutatingMethod,
  path: string,
  body?: unknown,
  parser?: ResponseParser<T>,
  options: RequestOptions = {},
): Promise<T> {
  const response = await send(path, {
    method,
    signal: options.signal,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  // 202 may carry a body (an invitation's answer): only an empty answer is read as nothing.
  if (response.status === 204 || response.headers.get('content-length') === '0') return undefined as T;
  const answer: unknown = await response.json();
  return parser ? parser.parse(answer) : (answer as T);
}

/** Send a text body (e.g. a CSV file as text/csv) and read the JSON answer. */
export async function apiSendText<T>(method: MutatingMethod, path: string, text: string, contentType: string): Promise<T> {
  const response = await send(path, { method, headers: { 'content-type': contentType }, body: text });
  return (await response.json()) as T;
}

async function send(path: string, init: RequestInit): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(path, { ...init, credentials: 'same-origin', headers: { accept: 'application/json', ...init.headers } });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(NETWORK_ERROR_STATUS, 'network_error', 'The server could not be reached.');
  }
  if (!response.ok) throw await toApiError(response);
  return response;
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
