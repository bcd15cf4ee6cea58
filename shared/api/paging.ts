import { z } from 'zod';

/** limit/offset of an admin list query: one bound for every list, so no page can ask for more than 500 rows. */
export const pageQueryFields = {
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
};
