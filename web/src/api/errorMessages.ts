import type { TFunction } from 'i18next';
import {
  isErrorCode,
  type CsvRejectedDetails,
  type ErrorCode,
  type ErrorDetailsByCode,
  type MissingResource,
  type ValidationIssue,
} from '../../../shared/api/error-codes';
import { ApiError, NETWORK_ERROR_STATUS } from './client';

type T = TFunction<'common'>;

/**
 * A message for the user about a failed call, always in their language: from
 * the error's code, and for refused fields from the field and rule. The
 * server's English message is never shown; a code this client does not know
 * (a newer server) falls back to a text for its HTTP status.
 */
export function describeApiError(error: unknown, t: T): string {
  if (!(error instanceof ApiError)) return t('errors.server');
  if (error.status === NETWORK_ERROR_STATUS) return t('errors.network');
  if (!isErrorCode(error.code)) return byStatus(error.status, t);
  if (error.code === 'validation_failed') return describeValidation(validationIssues(error), t);
  return describeCode(error.code, error.details, t);
}

/** The text of one code; details fill in what the text names (a year, a code, a count). */
function describeCode(code: ErrorCode, details: unknown, t: T): string {
  switch (code) {
    case 'not_found': {
      const resource = (details as ErrorDetailsByCode['not_found'])?.resource;
      return resource ? t(`errors.notFound.${resource satisfies MissingResource}`) : t('errors.codes.not_found');
    }
    case 'csv_rejected':
      return t('errors.codes.csv_rejected', { count: (details as CsvRejectedDetails | undefined)?.totalErrors ?? 1 });
    default:
      return t(`errors.codes.${code}`, { ...(details !== null && typeof details === 'object' ? details : {}) });
  }
}

function byStatus(status: number, t: T): string {
  if (status === 401) return t('errors.unauthorized');
  if (status === 403) return t('errors.forbidden');
  if (status === 404) return t('errors.notFoundGeneric');
  if (status === 429) return t('errors.rateLimited');
  if (status >= 500) return t('errors.server');
  return t('errors.badRequest');
}

/** The issues of a validation_failed answer (none for any other). */
export function validationIssues(error: ApiError): ValidationIssue[] {
  if (error.code !== 'validation_failed') return [];
  const issues = (error.details as { issues?: unknown } | undefined)?.issues;
  if (!Array.isArray(issues)) return [];
  return issues.filter((issue): issue is ValidationIssue => typeof (issue as ValidationIssue | null)?.field === 'string');
}

/**
 * A refused request: a bad address (`params.*`, e.g. /enkat/1999/165) means
 * the thing asked for does not exist; a refused field says which and why.
 */
function describeValidation(issues: ValidationIssue[], t: T): string {
  const [first] = issues;
  if (!first) return t('errors.codes.validation_failed');
  if (first.field.startsWith('params.')) return t('errors.codes.not_found');
  return describeIssue(first, t);
}

/** "E-postadress för kontakt: ange en giltig e-postadress, till exempel namn@kommun.se". */
export function describeIssue(issue: ValidationIssue, t: T): string {
  const problem = ruleText(issue, t);
  const label = fieldLabel(issue.field, t);
  return label ? t('errors.field', { field: label, problem }) : t('errors.fieldUnknown', { problem });
}

/** Only the rule, as a sentence ("Ange en giltig e-postadress …."), for a message shown next to its field's own label. */
export function describeRule(issue: ValidationIssue, t: T): string {
  return sentence(ruleText(issue, t));
}

function sentence(text: string): string {
  const capitalised = text.charAt(0).toLocaleUpperCase() + text.slice(1);
  return /[.?!]$/.test(capitalised) ? capitalised : `${capitalised}.`;
}

function ruleText(issue: ValidationIssue, t: T): string {
  switch (issue.rule) {
    case 'too_small':
      if (issue.origin === 'string' && issue.minimum !== undefined) {
        return issue.minimum <= 1 ? t('errors.rules.required') : t('errors.rules.too_small_string', { count: issue.minimum });
      }
      if (issue.origin === 'number' && issue.minimum !== undefined) return t('errors.rules.too_small_number', { minimum: issue.minimum });
      return t('errors.rules.too_small');
    case 'too_big':
      if (issue.origin === 'string' && issue.maximum !== undefined) return t('errors.rules.too_big_string', { count: issue.maximum });
      if (issue.origin === 'number' && issue.maximum !== undefined) return t('errors.rules.too_big_number', { maximum: issue.maximum });
      return t('errors.rules.too_big');
    case 'invalid_format':
      return issue.format === 'date' || issue.format === 'datetime' ? t('errors.rules.invalid_format_date') : t('errors.rules.invalid_format');
    case 'password_too_short':
      return t('errors.rules.password_too_short', { minimum: issue.minimum ?? 12 });
    default:
      return isRule(issue.rule) ? t(`errors.rules.${issue.rule}`) : t('errors.rules.custom');
  }
}

const KNOWN_RULES: ReadonlySet<string> = new Set<ValidationIssue['rule']>([
  'required',
  'invalid_type',
  'too_small',
  'too_big',
  'invalid_format',
  'invalid_value',
  'not_multiple_of',
  'unrecognized_keys',
  'invalid_union',
  'invalid_key',
  'invalid_element',
  'custom',
  'email_invalid',
  'password_too_short',
  'password_too_common',
  'unknown_reference',
  'own_ancestor',
  'must_be_later',
  'version_mismatch',
  'account_required',
  'unstorable_text',
  'not_an_area',
  'answer_invalid',
]);
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
  parentId: true,
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
} as const;

/** The field's name in the user's language, or undefined for a field the UI does not name. */
export function fieldLabel(field: string, t: T): string | undefined {
  const name = field
    .split('.')
    .slice(1)
    .reverse()
    .find((segment): segment is FieldName => Object.hasOwn(FIELD_NAMES, segment));
  return name ? t(`errors.fields.${name}`) : undefined;
}

/** One row error of a rejected CSV file, in the user's language, as a sentence (the table shows its row and column). */
export function describeRowError(error: CsvRejectedDetails['errors'][number], t: T): string {
  const params = error.params ?? {};
  if (error.rule === 'unknown_organisation' && params.suggestion) return sentence(t('errors.rows.unknown_organisation_suggestion', { ...params }));
  return sentence(t(`errors.rows.${error.rule}`, { ...params }));
}

/** A failure that asking again at once may fix: the server could not be reached, or answered 5xx. Never a 4xx. */
export function isRetryableError(error: unknown): boolean {
  return error instanceof ApiError && (error.status === NETWORK_ERROR_STATUS || error.status >= 500);
}

/**
 * A failure that goes away by itself once the server is back: it could not be
 * reached, or said it is (temporarily) unavailable (503 while the database is
 * away; 502/504 from a proxy). Worth asking again later, unlike a 500.
 */
export function isTransientError(error: unknown): boolean {
  return error instanceof ApiError && (error.status === NETWORK_ERROR_STATUS || [502, 503, 504].includes(error.status));
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
  if (issue) return describeRule(issue, t);
  return invalidFields(error).includes(field) ? describeApiError(error, t) : undefined;
}
