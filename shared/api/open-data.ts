import { z } from 'zod';
import { aggregatesSchema } from './results';

/**
 * Open data (docs/interfaces §5, docs/open-data.md): a published round's
 * figures on the published basis (submitted and partial responses), national
 * and per county, under disclosure control for the public.
 */

/** A county's figures: the national shape with the county's code and name. */
export const countyAggregatesSchema = aggregatesSchema.extend({
  code: z.string().regex(/^\d{2}$/),
  name: z.string(),
});
export type CountyAggregates = z.infer<typeof countyAggregatesSchema>;

/** `GET /oppna-data/{year}/aggregates.json`. */
export const openDataAggregatesSchema = aggregatesSchema.extend({
  counties: z.array(countyAggregatesSchema),
});
export type OpenDataAggregates = z.infer<typeof openDataAggregatesSchema>;

export const openDataFileSchema = z.object({
  format: z.enum(['json', 'csv']),
  mediaType: z.string(),
  /** Absolute, stable address of the file. */
  url: z.url(),
});

/** `GET /api/open-data`: what the human page lists (the same as the catalogue). */
export const openDataListSchema = z.object({
  catalogUrl: z.url(),
  licence: z.object({ name: z.string(), url: z.url() }),
  publisher: z.string(),
  datasets: z.array(
    z.object({
      year: z.number().int(),
      publishedAt: z.iso.datetime({ offset: true }),
      files: z.array(openDataFileSchema),
    }),
  ),
});
export type OpenDataList = z.infer<typeof openDataListSchema>;
