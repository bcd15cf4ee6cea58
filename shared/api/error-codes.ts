// Every error the API can answer, by code, with the shape of its details.
// Zod-free on purpose (docs/decisions/0003): the entry chunk imports it to
// translate errors; the type-only imports below vanish from the bundle.
// The server can throw only these codes (server/errors.ts), and the client's
// texts are typed as covering each one (web/src/api/errorTexts.ts).
import type { RecentlyMailedDetails } from './round-admin';
import type { RoundState } from './round-states';
import type { UnconfirmedAnswersDetails, VersionConflictDetails } from './responses';

/** zod's issue codes, as a refused field's rule. */
export const ZOD_ISSUE_RULES = [
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
] as const;

/** Why a value was refused: zod's issue codes (`required` is an invalid_type for a missing value), and the server's own checks. */
export const VALIDATION_RULES = [
  'required',
  ...ZOD_ISSUE_RULES,
  'email_invalid',
  'password_too_short',
  'password_too_common',
  'unknown_reference',
  'own_ancestor',
  'not_a_group',
  'must_be_later',
  'version_mismatch',
  'account_required',
  'unstorable_text',
  'not_an_area',
  'not_a_section',
  'answer_invalid',
  'ends_before_start',
  'already_ended',
] as const;
export type ValidationRule = (typeof VALIDATION_RULES)[number];

/** One refused field: `field` names where it came from (`body.contactEmail`), `rule` why; `message` is English, for API users. */
export type ValidationIssue = {
  field: string;
  rule: ValidationRule;
  message: string;
  /** For invalid_format: the format, e.g. `email`, `date`. */
  format?: string;
  /** For too_small/too_big: the limit, and what it counts (`string`: characters, `array`: items, `number`: the value). */
  minimum?: number;
  maximum?: number;
  origin?: string;
};
export type ValidationDetails = { issues: ValidationIssue[] };

/** Why one row of an imported CSV file was refused. */
export const ROW_RULES = [
  'not_csv',
  'header_mismatch',
  'column_count',
  'no_rows',
  'code_empty',
  'unknown_organisation',
  'duplicate_row',
  'attribute_name_invalid',
  'value_empty',
  'value_too_long',
  'status_invalid',
  'submitted_at_missing',
  'submitted_at_unexpected',
  'submitted_at_invalid',
  'submitted_at_implausible',
  'answer_invalid',
  'followup_needs_yes',
  'followup_invalid',
  'comment_too_long',
  'not_started_with_answers',
  'date_invalid',
  'areas_invalid',
  'priority_invalid',
  'year_invalid',
  'outcome_invalid',
  'value_conflict',
  'needs_recommendation',
] as const;
export type RowRule = (typeof ROW_RULES)[number];

/** Values a row error's text can name: the cell found, a limit, the row it repeats, the expected header or options. */
export type RowErrorParams = { value?: string; maximum?: number; otherRow?: number; expected?: string; suggestion?: string };

export type CsvRejectedDetails = {
  errors: { row: number; column: string | null; rule: RowRule; message: string; params?: RowErrorParams }[];
  totalErrors: number;
  moreErrors: number;
};

/** What a 404 could not find. */
export const MISSING_RESOURCES = [
  'route',
  'user',
  'role',
  'organisation',
  'response',
  'round',
  'bank_version',
  'question_bank',
  'message',
  'invitation',
  'external_audit',
  'recommendation',
  'follow_up',
  'api_token',
  'identity_provider',
  'auditor_grant',
  'improvement_action',
] as const;
export type MissingResource = (typeof MISSING_RESOURCES)[number];

/**
 * Every code, with the type of its details (`undefined`: none). Adding a
 * code here makes tsc ask for its Swedish and English texts.
 */
export type ErrorDetailsByCode = {
  // 400
  bad_request: undefined;
  validation_failed: ValidationDetails;
  invalid_value: undefined;
  csv_rejected: CsvRejectedDetails;
  file_not_decodable: { encoding: string };
  invitation_needs_login: undefined;
  token_invalid: undefined;
  token_expired: undefined;
  token_used: undefined;
  token_withdrawn: undefined;
  // 401, 403
  unauthorized: undefined;
  invalid_credentials: undefined;
  forbidden: undefined;
  invitation_for_another_account: undefined;
  /** The session waits for a second factor, or for its enrolment (docs/decisions/0024). */
  mfa_required: { state: 'pending' | 'enrolment_required' };
  mfa_code_invalid: undefined;
  passkey_failed: undefined;
  // 404
  not_found: { resource: MissingResource } | undefined;
  no_results: undefined;
  // 409
  already_exists: undefined;
  still_referenced: undefined;
  round_exists: { year: number };
  no_question_bank: undefined;
  round_state_unchanged: { from: RoundState; to: RoundState; allowed: readonly RoundState[] };
  round_transition_not_allowed: { from: RoundState; to: RoundState; allowed: readonly RoundState[] };
  round_published: { year: number };
  round_closed: undefined;
  round_not_open: undefined;
  /** The report's commentary is written while the round is closed, before it is published. */
  round_not_closed: { year: number };
  reminders_need_open_round: { year: number; state: RoundState };
  organisation_code_exists: { code: string };
  bank_version_exists: { version: string };
  bank_version_frozen: { version: string };
  role_already_held: undefined;
  own_admin_role: undefined;
  own_account: undefined;
  account_disabled: undefined;
  account_exists: undefined;
  not_invited: undefined;
  invitation_answered: undefined;
  recently_mailed: RecentlyMailedDetails;
  no_contact_address: undefined;
  mail_not_configured: undefined;
  mail_not_retryable: { status: string };
  response_submitted: undefined;
  response_not_submitted: undefined;
  response_empty: undefined;
  version_conflict: VersionConflictDetails | undefined;
  unconfirmed_answers: UnconfirmedAnswersDetails;
  no_previous_answers: undefined;
  mfa_already_enabled: undefined;
  mfa_setup_missing: undefined;
  mfa_factor_required: undefined;
  domain_served_elsewhere: { domains: string[] };
  secret_key_missing: undefined;
  saml_signing_key_missing: undefined;
  idp_metadata_invalid: undefined;
  // 413, 415, 429
  payload_too_large: undefined;
  unsupported_media_type: undefined;
  too_many_attempts: { retryAfterSeconds: number };
  rate_limited: undefined;
  // 5xx
  internal_error: undefined;
  database_unavailable: undefined;
  database_timeout: undefined;
};

export type ErrorCode = keyof ErrorDetailsByCode;
export type ErrorDetails<C extends ErrorCode> = ErrorDetailsByCode[C];

const allCodes: { [C in ErrorCode]: true } = {
  bad_request: true,
  validation_failed: true,
  invalid_value: true,
  csv_rejected: true,
  file_not_decodable: true,
  invitation_needs_login: true,
  token_invalid: true,
  token_expired: true,
  token_used: true,
  token_withdrawn: true,
  unauthorized: true,
  invalid_credentials: true,
  forbidden: true,
  invitation_for_another_account: true,
  mfa_required: true,
  mfa_code_invalid: true,
  passkey_failed: true,
  not_found: true,
  no_results: true,
  already_exists: true,
  still_referenced: true,
  round_exists: true,
  no_question_bank: true,
  round_state_unchanged: true,
  round_transition_not_allowed: true,
  round_published: true,
  round_closed: true,
  round_not_open: true,
  round_not_closed: true,
  reminders_need_open_round: true,
  organisation_code_exists: true,
  bank_version_exists: true,
  bank_version_frozen: true,
  role_already_held: true,
  own_admin_role: true,
  own_account: true,
  account_disabled: true,
  account_exists: true,
  not_invited: true,
  invitation_answered: true,
  recently_mailed: true,
  no_contact_address: true,
  mail_not_configured: true,
  mail_not_retryable: true,
  response_submitted: true,
  response_not_submitted: true,
  response_empty: true,
  version_conflict: true,
  unconfirmed_answers: true,
  no_previous_answers: true,
  mfa_already_enabled: true,
  mfa_setup_missing: true,
  mfa_factor_required: true,
  domain_served_elsewhere: true,
  secret_key_missing: true,
  saml_signing_key_missing: true,
  idp_metadata_invalid: true,
  payload_too_large: true,
  unsupported_media_type: true,
  too_many_attempts: true,
  rate_limited: true,
  internal_error: true,
  database_unavailable: true,
  database_timeout: true,
};

/** Every code, at run time (for the OpenAPI enum and the client's check of an answer). */
export const ERROR_CODES = Object.keys(allCodes) as [ErrorCode, ...ErrorCode[]];

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(allCodes, value);
}
