// Zod-free (docs/decisions/0003): the client's pages import these rules as they are.

export const ROUND_STATES = ['draft', 'open', 'closed', 'published'] as const;
export type RoundState = (typeof ROUND_STATES)[number];

/**
 * The allowed moves of a round: draft → open → closed → published, and
 * closed → open to reopen or extend. Published is final.
 */
export const ROUND_TRANSITIONS: Readonly<Record<RoundState, readonly RoundState[]>> = {
  draft: ['open'],
  open: ['closed'],
  closed: ['open', 'published'],
  published: [],
};
