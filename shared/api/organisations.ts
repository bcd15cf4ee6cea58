import { z } from 'zod';
import { ROW_RULES } from './error-codes';
import { emailSchema } from './auth';
import { idParamSchema, idSchema } from './ids';
import { ADDABLE_ORGANISATION_TYPES, ORGANISATION_TYPES } from './organisation-types';

export { ADDABLE_ORGANISATION_TYPES, ORGANISATION_TYPES } from './organisation-types';
export const organisationTypeSchema = z.enum(ORGANISATION_TYPES);
export type OrganisationType = z.infer<typeof organisationTypeSchema>;
/** Kommuner come from reference data; administrators add the others. */
export const addableOrganisationTypeSchema = z.enum(ADDABLE_ORGANISATION_TYPES);

export const idParamsSchema = z.object({ id: idParamSchema });

export const organisationSchema = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  type: organisationTypeSchema,
  countyCode: z.string().nullable(),
  countyName: z.string().nullable(),
  /** The groups it belongs to (a kommun for its company, the member municipalities of a kommunalförbund). */
  groups: z.array(z.object({ id: z.number().int(), name: z.string(), type: organisationTypeSchema })),
  contactEmail: z.string().nullable(),
});
export type OrganisationView = z.infer<typeof organisationSchema>;

export const organisationListQuerySchema = z.object({
  type: organisationTypeSchema.optional(),
  county: z
    .string()
    .regex(/^\d{2}$/, { error: 'must be a two-digit county code' })
    .optional(),
  search: z.string().trim().max(100).optional(),
  /** A page of the list (the admin page asks for one); without it, every matching organisation (pickers, scripts). */
  limit: z.coerce.number().int().min(1).max(500).optional(),
  offset: z.coerce.number().int().min(0).default(0),
});

/** `total` counts every matching organisation, on all pages. */
export const organisationListSchema = z.object({ organisations: z.array(organisationSchema), total: z.number().int() });
export const organisationResponseSchema = z.object({ organisation: organisationSchema });

/** Codes are text so that leading zeros (0114) survive. */
export const organisationCodeSchema = z
  .string()
  .trim()
  .regex(/^[0-9A-Za-z][0-9A-Za-z-]{0,19}$/, { error: 'must be 1–20 letters, digits or hyphens' });

const optionalEmail = emailSchema.nullable().optional();

/** The groups an organisation is a member of (replaces the one parent): each once. */
const groupIdsSchema = z
  .array(idSchema)
  .max(20)
  .refine((ids) => new Set(ids).size === ids.length, { error: 'names a group twice' });

export const createOrganisationBodySchema = z.object({
  code: organisationCodeSchema,
  name: z.string().trim().min(1).max(200),
  type: addableOrganisationTypeSchema,
  countyCode: z
    .string()
    .regex(/^\d{2}$/, { error: 'must be a two-digit county code' })
    .nullable()
    .optional(),
  groupIds: groupIdsSchema.optional(),
  contactEmail: optionalEmail,
});
export type CreateOrganisationBody = z.infer<typeof createOrganisationBodySchema>;

export const updateOrganisationBodySchema = z
  .object({
    name: z.string().trim().min(1).max(200).optional(),
    countyCode: z
      .string()
      .regex(/^\d{2}$/, { error: 'must be a two-digit county code' })
      .nullable()
      .optional(),
    groupIds: groupIdsSchema.optional(),
    contactEmail: optionalEmail,
  })
  .refine((body) => Object.values(body).some((value) => value !== undefined), { error: 'names nothing to change' });
export type UpdateOrganisationBody = z.infer<typeof updateOrganisationBodySchema>;

export const attributeSchema = z.object({ attribute: z.string(), value: z.string() });
export const attributeListSchema = z.object({ attributes: z.array(attributeSchema) });

/** The columns of an attribute import, in order. */
export const ATTRIBUTE_CSV_COLUMNS = ['code', 'attribute', 'value'] as const;
export const attributeNameSchema = z
  .string()
  .regex(/^[a-z][a-z0-9_]{0,49}$/, { error: 'must be lower-case letters, digits or _ (start with a letter, at most 50)' });

export const attributeImportResultSchema = z.object({
  rows: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
});
export type AttributeImportResult = z.infer<typeof attributeImportResultSchema>;

/** One problem in an imported file; row 1 is the header line. */
export const rowErrorSchema = z.object({
  row: z.number().int(),
  column: z.string().nullable(),
  /** Why, for the client to say in the user's words (shared/api/error-codes.ts); message is English. */
  rule: z.enum(ROW_RULES),
  message: z.string(),
  params: z
    .object({
      value: z.string().optional(),
      maximum: z.number().int().optional(),
      otherRow: z.number().int().optional(),
      expected: z.string().optional(),
      suggestion: z.string().optional(),
    })
    .optional(),
});
export type RowError = z.infer<typeof rowErrorSchema>;
