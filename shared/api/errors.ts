import { z } from 'zod';
import { ERROR_CODES } from './error-codes';

/**
 * The one shape of every 4xx/5xx answer. `code` is one of shared/api/error-codes.ts
 * (which also types each code's details); `message` is English, for API users.
 */
export const errorBodySchema = z.object({
  error: z.object({
    code: z.enum(ERROR_CODES),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;
