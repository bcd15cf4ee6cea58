import type { ColumnType, Generated } from 'kysely';

/** timestamptz columns: pg reads them as Date, and Date is what we write. */
export type Timestamp = Date;

export interface CountyTable {
  code: string;
  name: string;
}

export interface OrganisationTable {
  id: Generated<number>;
  code: string;
  name: string;
  type: 'kommun' | 'region' | 'kommunalforbund' | 'bolag';
  county_code: string | null;
  parent_id: number | null;
  contact_email: string | null;
  created_at: Generated<Timestamp>;
}

export type Role = 'respondent' | 'viewer' | 'analyst' | 'admin';

export interface AppUserTable {
  id: Generated<number>;
  email: string;
  name: Generated<string>;
  password_hash: string | null;
  password_changed_at: Timestamp | null;
  disabled_at: Timestamp | null;
  created_at: Generated<Timestamp>;
}

export interface UserRoleTable {
  id: Generated<number>;
  user_id: number;
  role: Role;
  organisation_id: number | null;
  created_at: Generated<Timestamp>;
}

export interface SessionTable {
  id_hash: string;
  user_id: number;
  created_at: Generated<Timestamp>;
  last_seen_at: Generated<Timestamp>;
  expires_at: Timestamp;
  user_agent: string | null;
  ip: string | null;
}

export interface LoginAttemptTable {
  id: Generated<number>;
  email: string;
  ip: string;
  succeeded: boolean;
  at: Generated<Timestamp>;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: Generated<Timestamp>;
  actor_user_id: number | null;
  action: string;
  organisation_id: number | null;
  round_id: number | null;
  details: ColumnType<Record<string, unknown>, string | undefined, string>;
  ip: string | null;
}

/** A jsonb column: read as parsed JSON, written as a JSON string. */
type JsonColumn<T> = ColumnType<T, string, string>;
type Localized = JsonColumn<{ sv: string; en: string }>;

export interface QuestionBankVersionTable {
  id: Generated<number>;
  version: string;
  source: Localized;
  scope: Localized;
  definition: JsonColumn<{ term: { sv: string; en: string }; text: { sv: string; en: string } }>;
  answer_labels: JsonColumn<{ yes: { sv: string; en: string }; no: { sv: string; en: string } }>;
  comment_field: JsonColumn<{ label: { sv: string; en: string }; maxLength: number }>;
  level_texts: JsonColumn<{ level: number; title: { sv: string; en: string }; description: { sv: string; en: string } }[]>;
  frozen_at: Timestamp | null;
  created_at: Generated<Timestamp>;
}

export interface QuestionAreaTable {
  id: Generated<number>;
  bank_version_id: number;
  key: string;
  position: number;
  title: Localized;
  description: Localized;
  main_question: Localized;
  followup_question: Localized;
  /** { "2": {sv,en}, "3": …, "4": … }: what reaching each level takes. */
  guidance: JsonColumn<Record<string, { sv: string; en: string }>>;
}

export interface FollowupOptionTable {
  id: Generated<number>;
  area_id: number;
  key: string;
  rank: number;
  label: Localized;
  description: ColumnType<{ sv: string; en: string } | null, string | null, string | null>;
}

export interface ScoringRuleTable {
  bank_version_id: number;
  /** Parsed with scoringRuleSchema from shared/scoring on read. */
  rule: JsonColumn<unknown>;
  created_at: Generated<Timestamp>;
}

export interface RoundTable {
  id: Generated<number>;
  year: number;
  opens_at: Timestamp;
  closes_at: Timestamp;
  state: Generated<'draft' | 'open' | 'closed' | 'published'>;
  bank_version_id: number;
  share_comments: Generated<boolean>;
  created_at: Generated<Timestamp>;
}

export interface OutboxMessageTable {
  id: Generated<number>;
  to_address: string;
  subject: string;
  body_text: string;
  kind: string;
  user_id: number | null;
  organisation_id: number | null;
  /** Set on round mails (invitations, reminders): the round they are about. */
  round_id: number | null;
  created_at: Generated<Timestamp>;
  sent_at: Timestamp | null;
  error: string | null;
  /** Set when the message was withdrawn before delivery; it is never sent. */
  cancelled_at: Timestamp | null;
  /** The delivery job (pg-boss) of this message; a new one when an administrator retries it. */
  job_id: Generated<string>;
  /** SMTP attempts so far (reset by an administrator's retry). */
  attempts: Generated<number>;
  /** A worker's claim while it hands the message to SMTP. */
  sending_at: Timestamp | null;
  /** When the queue tries again after a failed attempt. */
  next_attempt_at: Timestamp | null;
  /** Given up after the last retry (dead letter); an administrator can retry it. */
  failed_at: Timestamp | null;
}

export interface UserTokenTable {
  id: Generated<number>;
  user_id: number;
  purpose: 'invitation' | 'password_reset';
  token_hash: string;
  created_by_user_id: number | null;
  created_at: Generated<Timestamp>;
  expires_at: Timestamp;
  used_at: Timestamp | null;
}

export interface OrganisationAttributeTable {
  organisation_id: number;
  attribute: string;
  value: string;
}

export interface RoundInvitationTable {
  round_id: number;
  organisation_id: number;
  invited_at: Generated<Timestamp>;
  invited_by: number | null;
}

export type ResponseStatus = 'draft' | 'submitted';

export interface ResponseTable {
  id: Generated<number>;
  round_id: number;
  organisation_id: number;
  status: Generated<ResponseStatus>;
  version: Generated<number>;
  submitted_at: Timestamp | null;
  submitted_by: number | null;
  created_at: Generated<Timestamp>;
  updated_at: Generated<Timestamp>;
  updated_by: number | null;
}

export interface AnswerTable {
  response_id: number;
  area_key: string;
  main: 'yes' | 'no' | null;
  followup: string | null;
  comment: string | null;
  carried_over: Generated<boolean>;
  updated_at: Generated<Timestamp>;
  updated_by: number | null;
}

export interface ResponseSubmissionTable {
  id: Generated<number>;
  response_id: number;
  submitted_at: Generated<Timestamp>;
  submitted_by: number | null;
  answers: ColumnType<unknown, string, string>;
}

export interface RegistrationTokenTable {
  id: Generated<number>;
  round_id: number;
  organisation_id: number;
  token_hash: string;
  created_by_user_id: number | null;
  created_at: Generated<Timestamp>;
  expires_at: Timestamp;
  used_at: Timestamp | null;
  used_by_user_id: number | null;
}

export interface ReminderDeliveryTable {
  id: Generated<number>;
  round_id: number;
  organisation_id: number;
  to_address: string;
  outbox_message_id: number | null;
  sent_at: Generated<Timestamp>;
  sent_by: number | null;
}

/**
 * Bumped by triggers on every write that can change a round's results
 * (round_id 0: what all rounds' results depend on); the results cache keys by it.
 */
export interface ResultsRevisionTable {
  round_id: number;
  revision: Generated<number>;
}

/** A throttle counter: key is 'account:<e-mail>' or 'address:<ip>' (docs/decisions/0009). */
export interface LoginThrottleTable {
  key: string;
  attempts: number;
  last_attempt_at: Generated<Timestamp>;
  next_allowed_at: Generated<Timestamp>;
  notified_at: Timestamp | null;
}

/** A browser that logged in to the account before (its cookie's hash); exempt from the account's throttle. */
export interface LoginDeviceTable {
  id: Generated<number>;
  user_id: number;
  token_hash: string;
  failed_attempts: Generated<number>;
  created_at: Generated<Timestamp>;
  last_used_at: Generated<Timestamp>;
}

/** An invitation to roles, granted only when the invitee accepts. */
export interface AccountInvitationTable {
  id: Generated<number>;
  user_id: number;
  grants: ColumnType<{ role: Role; organisationId: number | null }[], string, string>;
  invited_by: number | null;
  organisation_id: number | null;
  token_hash: string;
  created_at: Generated<Timestamp>;
  expires_at: Timestamp;
  accepted_at: Timestamp | null;
  revoked_at: Timestamp | null;
}

export interface Database {
  login_throttle: LoginThrottleTable;
  login_device: LoginDeviceTable;
  account_invitation: AccountInvitationTable;
  round_invitation: RoundInvitationTable;
  response: ResponseTable;
  answer: AnswerTable;
  response_submission: ResponseSubmissionTable;
  county: CountyTable;
  organisation: OrganisationTable;
  app_user: AppUserTable;
  user_role: UserRoleTable;
  session: SessionTable;
  login_attempt: LoginAttemptTable;
  audit_log: AuditLogTable;
  outbox_message: OutboxMessageTable;
  user_token: UserTokenTable;
  organisation_attribute: OrganisationAttributeTable;
  question_bank_version: QuestionBankVersionTable;
  question_area: QuestionAreaTable;
  followup_option: FollowupOptionTable;
  scoring_rule: ScoringRuleTable;
  round: RoundTable;
  registration_token: RegistrationTokenTable;
  reminder_delivery: ReminderDeliveryTable;
  results_revision: ResultsRevisionTable;
}
