import { toNestErrors } from '@hookform/resolvers';
import type { FieldError, FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { VALIDATION_RULES, type ValidationIssue, type ValidationRule } from '#shared/api/error-codes';
import { describeFieldProblem, describeIssue, formRuleText, type FormRule } from '#web/api/errorMessages';
import { loadNamespaces } from '#web/i18n/index';

/**
 * A react-hook-form resolver that validates with a zod schema (the shared
 * request schema, or one built on it) and says each refused field exactly as
 * the server's refusal of it would be said: the zod issue becomes the
 * issue the API sends (`{ field: 'body.<path>', rule, minimum, … }`), and
 * `describeIssue` translates it. The schemas' own English messages are never
 * shown.
 *
 * zodResolver from @hookform/resolvers would show those English messages
 * (a schema's `error` outranks any error map given at parse time), hence
 * this one, built with the library's `toNestErrors`.
 */
export function schemaResolver<Input extends FieldValues, Output>(
  schema: z.ZodType<Output, Input>,
  { place }: SchemaResolverOptions<Input> = {},
): Resolver<Input, unknown, Output> {
  return async (values, _context, options) => {
    const result = await schema.safeParseAsync(values);
    if (result.success) return { values: result.data, errors: {} };
    await loadNamespaces(['errors']);
    const errors: Record<string, FieldError> = {};
    for (const issue of result.error.issues) {
      const placed = place ? place(issue, values, result.error.issues) : undefined;
      if (placed === null) continue;
      const name = placed?.name ?? issue.path.map(String).join('.');
      errors[name] ??= { type: issue.code, message: placed?.message ?? describeZodIssue(issue, values) };
    }
    return { values: {}, errors: toNestErrors<Input>(errors, options) };
  };
}

export type SchemaResolverOptions<Input extends FieldValues> = {
  /**
   * For a form whose fields are not the schema's paths (the question-bank
   * editor edits a draft of the bank document): the field an issue goes on
   * (`root.server` for the whole form) and its words; null leaves the issue
   * out (it follows from another one), undefined places it as usual.
   */
  place?: (issue: z.core.$ZodIssue, values: Input, issues: readonly z.core.$ZodIssue[]) => { name: string; message: string } | null | undefined;
};

/** The params of a check only the form makes (`.refine(…, { params: formRule('confirmation_mismatch') })`). */
export const formRule = (rule: FormRule) => ({ formRule: rule });
/** The params of a form's check of a rule the server also checks (`must_be_later`): it then reads as the server's refusal. */
export const serverRule = (rule: ValidationRule) => ({ rule });

const KNOWN_RULES: ReadonlySet<string> = new Set<string>(VALIDATION_RULES);

/** One zod issue in the user's words, as the server's issue for the same field would read. */
export function describeZodIssue(issue: z.core.$ZodIssue, values: unknown): string {
  const field = ['body', ...issue.path.map(String)].join('.');
  const own = issue.code === 'custom' ? (issue.params as { formRule?: FormRule } | undefined)?.formRule : undefined;
  if (own) return describeFieldProblem(field, formRuleText(own));
  return describeIssue(asApiIssue(issue, field, values));
}

/** What server/errors.ts makes of the same zod issue: zod's code as the rule, `required` for a missing value, `email_invalid`. */
function asApiIssue(issue: z.core.$ZodIssue, field: string, values: unknown): ValidationIssue {
  const base = { field, message: issue.message };
  switch (issue.code) {
    case 'invalid_format':
      return { ...base, rule: issue.format === 'email' ? 'email_invalid' : 'invalid_format', format: issue.format };
    case 'too_small':
      return { ...base, rule: 'too_small', minimum: Number(issue.minimum), origin: issue.origin };
    case 'too_big':
      return { ...base, rule: 'too_big', maximum: Number(issue.maximum), origin: issue.origin };
    case 'invalid_type':
      return { ...base, rule: valueAt(values, issue.path) === undefined ? 'required' : 'invalid_type' };
    case 'custom': {
      const rule = (issue.params as { rule?: string } | undefined)?.rule;
      return { ...base, rule: rule && KNOWN_RULES.has(rule) ? (rule as ValidationRule) : 'custom' };
    }
    default:
      return { ...base, rule: KNOWN_RULES.has(issue.code) ? issue.code : 'custom' };
  }
}

function valueAt(values: unknown, path: readonly PropertyKey[]): unknown {
  let value = values;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}
