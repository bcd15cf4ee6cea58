// Zod-free (docs/decisions/0003): the client's pages import this list as it is; the status schemas in responses.ts,
// round-admin.ts and results.ts are built from it.

/** Where an invited organisation's response stands, in the order it gets there. */
export const RESPONSE_STATUSES = ['not_started', 'draft', 'submitted'] as const;
export type ResponseStatus = (typeof RESPONSE_STATUSES)[number];
