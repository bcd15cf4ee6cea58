import type { TFunction } from 'i18next';
import {
  isErrorCode,
  VALIDATION_RULES,
  type CsvRejectedDetails,
  type ErrorCode,
  type MissingResource,
  type ValidationIssue,
} from '#shared/api/error-codes';
import { i18n } from '#web/i18n/index';
import { ApiError, NETWORK_ERROR_STATUS } from './client';
import { describeWithoutCodes } from './errorText';

type T = TFunction<'common'>;

/**
 * The texts of the `errors` namespace, in the current language. It is lazy
 * (docs/decisions/0005): the API client loads it before an error surfaces.
 */
const errorTexts = (): TFunction<'errors'> => i18n.getFixedT(null, 'errors');

/**
 * A message for the user about a failed call, always in their language: from
 * the error's code, and for refused fields from the field and rule. The
 * server's English message is never shown; a code this client does not know
 * (a newer server) falls back to a text for its HTTP status.
 */
export function describeApiError(error: unknown, t: T): string {
  if (!(error instanceof ApiError) || error.status === NETWORK_ERROR_STATUS) return describeWithoutCodes(error, t);
  if (!isErrorCode(error.code) || !i18n.hasLoadedNamespace('errors')) return describeWithoutCodes(error, t);
  if (error.code === 'validation_failed') return describeValidation(validationIssues(error));
  return describeCode(error, error.code);
}

/** The text of one code; details fill in what the text names (a year, a code, a count). */
function describeCode(error: ApiError, code: ErrorCode): string {
  const { details } = error;
  switch (code) {
    case 'not_found': {
      const resource = error.detailsFor('not_found')?.resource;
      return resource ? errorTexts()(`notFound.${resource satisfies MissingResource}`) : errorTexts()('codes.not_found');
    }
    case 'csv_rejected':
      return errorTexts()('codes.csv_rejected', { count: error.detailsFor('csv_rejected')?.totalErrors ?? 1 });
    case 'too_many_attempts': {
      // Say how long, in whole minutes: the server knows when the next attempt is allowed.
      const seconds = error.detailsFor('too_many_attempts')?.retryAfterSeconds;
      return seconds ? errorTexts()('tooManyAttemptsWait', { count: Math.max(1, Math.ceil(seconds / 60)) }) : errorTexts()('codes.too_many_attempts');
    }
    default:
      return errorTexts()(`codes.${code}`, { ...(details !== null && typeof details === 'object' ? details : {}) });
  }
}

/** The issues of a validation_failed answer (none for any other). */
export function validationIssues(error: ApiError): ValidationIssue[] {
  const issues = error.detailsFor('validation_failed')?.issues;
  if (!Array.isArray(issues)) return [];
  return issues.filter((issue): issue is ValidationIssue => typeof (issue as ValidationIssue | null)?.field === 'string');
}

/**
 * A refused request: a bad address (`params.*`, e.g. /enkat/1999/165) means
 * the thing asked for does not exist; a refused field says which and why.
 */
function describeValidation(issues: ValidationIssue[]): string {
  const [first] = issues;
  if (!first) return errorTexts()('codes.validation_failed');
  if (first.field === 'params.year') return errorTexts()('notFound.round');
  if (first.field.startsWith('params.')) return errorTexts()('codes.not_found');
  return describeIssue(first);
}

/** "Kontaktadress (e-post): ange en giltig e-postadress, till exempel namn@kommun.se". */
export function describeIssue(issue: ValidationIssue): string {
  return describeFieldProblem(issue.field, ruleText(issue));
}

/** A problem (lower-case words) of a named request field, after the field's name: what describeIssue says for a rule. */
export function describeFieldProblem(field: string, problem: string): string {
  const label = fieldLabel(field);
  return label ? errorTexts()('field', { field: label, problem }) : errorTexts()('fieldUnknown', { problem });
}

/** The problem of a check only a form makes (the repeated password), in the same words as the rules. */
export const formRuleText = (rule: FormRule): string => errorTexts()(`formRules.${rule}`);
export type FormRule = 'confirmation_mismatch';

/** Only the rule, capitalised ("Ange en giltig e-postadress …"), for a message shown next to its field's own label. */
export function describeRule(issue: ValidationIssue): string {
  return sentence(ruleText(issue));
}

/** Capitalised, without a closing full stop: the app's field messages have none. */
function sentence(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

function ruleText(issue: ValidationIssue): string {
  switch (issue.rule) {
    case 'too_small':
      if (issue.origin === 'string' && issue.minimum !== undefined) {
        return issue.minimum <= 1 ? errorTexts()('rules.required') : errorTexts()('rules.too_small_string', { count: issue.minimum });
      }
      if (issue.origin === 'number' && issue.minimum !== undefined) return errorTexts()('rules.too_small_number', { minimum: issue.minimum });
      if (issue.origin === 'array' && issue.minimum !== undefined) return errorTexts()('rules.too_small_array', { count: issue.minimum });
      return errorTexts()('rules.too_small');
    case 'too_big':
      if (issue.origin === 'string' && issue.maximum !== undefined) return errorTexts()('rules.too_big_string', { count: issue.maximum });
      if (issue.origin === 'number' && issue.maximum !== undefined) return errorTexts()('rules.too_big_number', { maximum: issue.maximum });
      return errorTexts()('rules.too_big');
    case 'invalid_format':
      return issue.format === 'date' || issue.format === 'datetime'
        ? errorTexts()('rules.invalid_format_date')
        : errorTexts()('rules.invalid_format');
    case 'password_too_short':
      return errorTexts()('rules.password_too_short', { minimum: issue.minimum ?? 12 });
    default:
      return isRule(issue.rule) ? errorTexts()(`rules.${issue.rule}`) : errorTexts()('rules.custom');
  }
}

const KNOWN_RULES: ReadonlySet<string> = new Set<ValidationIssue['rule']>(VALIDATION_RULES);
const isRule = (rule: unknown): rule is ValidationIssue['rule'] => typeof rule === 'string' && KNOWN_RULES.has(rule);

type FieldName = keyof typeof FIELD_NAMES;
// The request fields the UI names: the last named segment of `body.account.password`.
const FIELD_NAMES = {
  email: true,
  password: true,
  newPassword: true,
  currentPassword: true,
  name: true,
  code: true,
  contactEmail: true,
  countyCode: true,
  groupIds: true,
  startsOn: true,
  endsOn: true,
  organisationId: true,
  type: true,
  year: true,
  opensAt: true,
  closesAt: true,
  bankVersion: true,
  role: true,
  roles: true,
  token: true,
  account: true,
  main: true,
  followup: true,
  comment: true,
  areaKey: true,
  version: true,
  subject: true,
  text: true,
  search: true,
  attribute: true,
  value: true,
  confirmPassword: true,
  reason: true,
  note: true,
  minIntervalHours: true,
  codes: true,
  title: true,
  auditorFirm: true,
  auditedOn: true,
  reportReference: true,
  areaKeys: true,
  priority: true,
  outcome: true,
} as const;

/** The field's name in the user's language, or undefined for a field the UI does not name. */
export function fieldLabel(field: string): string | undefined {
  const name = field
    .split('.')
    .slice(1)
    .reverse()
    .find((segment): segment is FieldName => Object.hasOwn(FIELD_NAMES, segment));
  return name ? errorTexts()(`fields.${name}`) : undefined;
}

/** One row error of a rejected CSV file, in the user's language, as a sentence (the table shows its row and column). */
export function describeRowError(error: CsvRejectedDetails['errors'][number]): string {
  const params = error.params ?? {};
  if (error.rule === 'unknown_organisation' && params.suggestion)
    return sentence(errorTexts()('rows.unknown_organisation_suggestion', { ...params }));
  return sentence(errorTexts()(`rows.${error.rule}`, { ...params }));
}

/**
 * The request fields the server refused, e.g. ['body.password']: validation
 * issues, and the field a conflict is about (an organisation code in use).
 */
export function invalidFields(error: ApiError): string[] {
  if (error.code === 'organisation_code_exists') return ['body.code'];
  if (error.code === 'round_exists') return ['body.year'];
  return validationIssues(error).map((issue) => issue.field);
}

/** The message for one refused field, when the server refused it (for the form to show on that field). */
export function fieldError(error: unknown, field: string, t: T): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const issue = validationIssues(error).find((candidate) => candidate.field === field);
  if (issue) return describeRule(issue);
  return invalidFields(error).includes(field) ? describeApiError(error, t) : undefined;
}
