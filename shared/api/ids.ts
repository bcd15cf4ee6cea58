import { z } from 'zod';

/**
 * Row ids are PostgreSQL `integer`s: a larger number names no row, and
 * sent to the database it fails the query instead of finding nothing.
 */
export const MAX_ID = 2_147_483_647;

/** An id in a JSON body. */
export const idSchema = z.number().int().positive().max(MAX_ID);

/** An id in a path or query string (text, coerced). */
export const idParamSchema = z.coerce.number().int().positive().max(MAX_ID);
