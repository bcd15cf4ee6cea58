// Zod-free (docs/decisions/0003): the client's pages import these lists as they are; the schemas in organisations.ts are built from them.

export const ORGANISATION_TYPES = ['kommun', 'region', 'kommunalforbund', 'bolag'] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

/** Kommuner come from reference data; administrators add the others. */
export const ADDABLE_ORGANISATION_TYPES = ['region', 'kommunalforbund', 'bolag'] as const satisfies readonly OrganisationType[];
export type AddableOrganisationType = (typeof ADDABLE_ORGANISATION_TYPES)[number];

export const isOrganisationType = (value: string | undefined): value is OrganisationType =>
  (ORGANISATION_TYPES as readonly (string | undefined)[]).includes(value);
