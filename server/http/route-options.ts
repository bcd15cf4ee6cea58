import { errorBodySchema } from '#shared/api/errors';

/** The error answers of a logged-in API route, for its response schema: bad input, no session, no role, not found, conflict. */
export const errorResponses = { 400: errorBodySchema, 401: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema };

/** Route config of an administrator-only route (the access contract in docs/architecture.md). */
export const ADMIN_ONLY = { access: ['admin'] as const };
