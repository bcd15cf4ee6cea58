// Zod-free (docs/decisions/0003): the client's pages import these lists as they are; roleSchema in auth.ts is built from them.

/** Every role a user can hold. */
export const ROLES = ['respondent', 'viewer', 'analyst', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** The roles held for one organisation (`organisationId` set); the others are national. */
export const ORGANISATION_ROLES = ['respondent', 'viewer'] as const satisfies readonly Role[];
export type OrganisationRole = (typeof ORGANISATION_ROLES)[number];

export const isOrganisationRole = (role: Role): role is OrganisationRole => (ORGANISATION_ROLES as readonly Role[]).includes(role);
