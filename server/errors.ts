import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import {
  ZOD_ISSUE_RULES,
  type ErrorCode,
  type ErrorDetails,
  type MissingResource,
  type ValidationIssue,
  type ValidationRule,
} from '#shared/api/error-codes';
import type { ErrorBody } from '#shared/api/errors';

/**
 * An error whose message is safe to show the caller. Its code is one of
 * shared/api/error-codes.ts, with the details that code declares: the client
 * translates from them, the English message is for API users.
 */
export class HttpError<C extends ErrorCode = ErrorCode> extends Error {
  readonly details: ErrorDetails<C> | undefined;
  constructor(
    readonly statusCode: number,
    readonly code: C,
    message: string,
    ...details: undefined extends ErrorDetails<C> ? [details?: ErrorDetails<C>] : [details: ErrorDetails<C>]
  ) {
    super(message);
    this.details = details[0];
  }
}

export const badRequest = (message: string) => new HttpError(400, 'bad_request', message);
export const unauthorized = (message = 'You need to log in.') => new HttpError(401, 'unauthorized', message);
export const forbidden = (message = 'You do not have access to this.') => new HttpError(403, 'forbidden', message);
export const notFound = (resource: MissingResource, message: string) => new HttpError(404, 'not_found', message, { resource });
/** A 409 with its own code: what is in the way, so the client can say it in the user's words. */
export const conflict = <C extends ErrorCode>(
  code: C,
  message: string,
  ...details: undefined extends ErrorDetails<C> ? [details?: ErrorDetails<C>] : [details: ErrorDetails<C>]
) => new HttpError(409, code, message, ...details);
/** Refused fields, in the same shape as schema validation errors. */
export const validationFailedIssues = (issues: [ValidationIssue, ...ValidationIssue[]]) =>
  new HttpError(400, 'validation_failed', `Invalid ${issues[0].field}: ${issues[0].message}`, { issues });
/** A field the schema accepted but the server refuses, in the same shape as schema validation errors. */
export const validationFailed = (
  field: string,
  rule: ValidationRule,
  message: string,
  limits: Omit<ValidationIssue, 'field' | 'rule' | 'message'> = {},
) => validationFailedIssues([{ field, rule, message, ...limits }]);

function body(code: ErrorCode, message: string, details?: unknown): ErrorBody {
  return details === undefined ? { error: { code, message } } : { error: { code, message, details } };
}

// Connection-level failures of PostgreSQL: the database is away, not the request at fault.
const DATABASE_UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08006',
]);

export function isDatabaseUnavailable(error: unknown): boolean {
  const err = error as { code?: string; message?: string; syscall?: string } | null;
  if (!err) return false;
  if (err.code && DATABASE_UNAVAILABLE_CODES.has(err.code)) return true;
  // A stopped server's Unix socket is gone: connecting to it fails as a missing file.
  if (err.code === 'ENOENT' && err.syscall === 'connect') return true;
  return /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/i.test(err.message ?? '');
}

// PostgreSQL gave up on a statement (57014: statement_timeout; 55P03: lock_timeout; 25P03: a transaction
// left idle too long) or never answered it (pg's query_timeout): the database is too slow or stalled.
const DATABASE_TIMEOUT_CODES = new Set(['57014', '55P03', '25P03']);

export function isDatabaseTimeout(error: unknown): boolean {
  const err = error as { code?: string; message?: string } | null;
  if (!err) return false;
  return (err.code !== undefined && DATABASE_TIMEOUT_CODES.has(err.code)) || err.message === 'Query read timeout';
}

/** Seconds a client should wait before retrying after a 503. */
export const RETRY_AFTER_SECONDS = 5;

type DatabaseRefusal = { status: 400 | 409; code: 'already_exists' | 'still_referenced' | 'invalid_value'; message: string };

/**
 * PostgreSQL refusing a value (class 22, data exception: out of range,
 * malformed) or a change (class 23, integrity constraint) is the request's
 * fault that validation should have caught: a 4xx, never a 500. Logged as an
 * error all the same, so the missing check gets added.
 */
export function databaseRefusal(error: unknown): DatabaseRefusal | undefined {
  const err = error as { code?: unknown; severity?: unknown } | null;
  if (!err || typeof err.severity !== 'string' || typeof err.code !== 'string') return undefined;
  if (err.code === '23505') return { status: 409, code: 'already_exists', message: 'That already exists.' };
  if (err.code === '23503')
    return { status: 409, code: 'still_referenced', message: 'That refers to something that does not exist, or is still in use.' };
  if (err.code.startsWith('23')) return { status: 400, code: 'invalid_value', message: 'The request breaks a rule of the stored data.' };
  if (err.code.startsWith('22')) return { status: 400, code: 'invalid_value', message: 'A value in the request is out of range or malformed.' };
  return undefined;
}

export function registerErrorHandling(app: FastifyInstance): void {
  // Every 503 says when to come back, including those a route sends itself (the health check).
  app.addHook('onSend', (_request, reply, payload, done) => {
    if (reply.statusCode === 503 && !reply.hasHeader('retry-after')) reply.header('retry-after', String(RETRY_AFTER_SECONDS));
    done(null, payload);
  });
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    if (error instanceof HttpError) {
      return reply.status(error.statusCode).send(body((error as HttpError).code, error.message, error.details));
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const issues = error.validation.map((v) => schemaIssue(request, error.validationContext, v));
      const first = issues[0];
      const message = first ? `Invalid ${first.field}: ${first.message}` : 'Invalid request.';
      return reply.status(400).send(body('validation_failed', message, { issues }));
    }
    if (isDatabaseUnavailable(error)) {
      request.log.error({ err: error }, 'database unavailable');
      return reply
        .status(503)
        .header('retry-after', String(RETRY_AFTER_SECONDS))
        .send(body('database_unavailable', 'The database is unavailable. Please try again shortly.'));
    }
    if (isDatabaseTimeout(error)) {
      request.log.error({ err: error }, 'database did not answer in time');
      return reply
        .status(503)
        .header('retry-after', String(RETRY_AFTER_SECONDS))
        .send(body('database_timeout', 'The database did not answer in time. Please try again shortly.'));
    }
    const refusal = databaseRefusal(error);
    if (refusal) {
      request.log.error({ err: error }, 'the database refused a value that validation let through');
      return reply.status(refusal.status).send(body(refusal.code, refusal.message));
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      // Fastify's own client errors (bad JSON, too large, wrong content type): their messages are safe.
      return reply.status(status).send(body(frameworkErrorCode(status), error.message));
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.status(500).send(body('internal_error', 'Something went wrong on our side. The error has been logged.'));
  });
}

/**
 * Errors Fastify meets before any route or hook runs (a URL that is not
 * valid percent-encoded UTF-8, a bad content-type header): the same shape as
 * every other 4xx, instead of Fastify's own.
 */
export function sendFrameworkError(error: FastifyError, _request: FastifyRequest, reply: FastifyReply) {
  const status = error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 400;
  return reply.status(status).send(body(frameworkErrorCode(status), error.message));
}

/** The code of a 4xx that Fastify or a plugin (rate limit, content parsers) raised, by its status. */
function frameworkErrorCode(status: number): ErrorCode {
  switch (status) {
    case 401:
      return 'unauthorized';
    case 403:
      return 'forbidden';
    case 404:
      return 'not_found';
    case 413:
      return 'payload_too_large';
    case 415:
      return 'unsupported_media_type';
    case 429:
      return 'rate_limited';
    default:
      return 'bad_request';
  }
}

type SchemaValidationError = { instancePath: string; keyword: string; message?: string; params: Record<string, unknown> };

/**
 * One schema (zod) validation error as an issue with a machine-readable rule:
 * zod's issue code, `required` when the value is missing, `email_invalid` for
 * a malformed e-mail address, with the limit or format the client needs to
 * say it in the user's words.
 */
function schemaIssue(request: FastifyRequest, context: string | undefined, v: SchemaValidationError): ValidationIssue {
  const path = v.instancePath.split('/').filter(Boolean);
  const field = [context, ...path].join('.');
  const message = v.message ?? 'is invalid';
  const params = v.params;
  const format = typeof params.format === 'string' ? params.format : undefined;
  const issue: ValidationIssue = { field, rule: schemaRule(v.keyword, format), message };
  if (v.keyword === 'invalid_type' && valueAt(request, context, path) === undefined) issue.rule = 'required';
  if (format) issue.format = format;
  if (typeof params.minimum === 'number' || typeof params.minimum === 'bigint') issue.minimum = Number(params.minimum);
  if (typeof params.maximum === 'number' || typeof params.maximum === 'bigint') issue.maximum = Number(params.maximum);
  if (typeof params.origin === 'string') issue.origin = params.origin;
  return issue;
}

const ZOD_RULES: ReadonlySet<string> = new Set<ValidationRule>(ZOD_ISSUE_RULES);

function schemaRule(keyword: string, format: string | undefined): ValidationRule {
  if (keyword === 'invalid_format' && format === 'email') return 'email_invalid';
  return ZOD_RULES.has(keyword) ? (keyword as ValidationRule) : 'custom';
}

function valueAt(request: FastifyRequest, context: string | undefined, path: string[]): unknown {
  const sources: Record<string, unknown> = { body: request.body, params: request.params, querystring: request.query, headers: request.headers };
  let value = context ? sources[context] : undefined;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

export function sendNotFound(request: FastifyRequest, reply: FastifyReply) {
  return reply.status(404).send(body('not_found', `No route for ${request.method} ${request.url.split('?')[0]}.`, { resource: 'route' }));
}
