import { z } from 'zod';

export const countySchema = z.object({
  code: z.string().regex(/^\d{2}$/),
  name: z.string(),
});

/** The 21 Swedish counties (län), ordered by code: the county filters' choices. */
export const countyListSchema = z.object({ counties: z.array(countySchema) });
export type CountyList = z.infer<typeof countyListSchema>;
