import type { ColumnType, Generated, SelectType } from 'kysely';
import type * as Db from './generated';
import type { OrganisationType } from '#shared/api/organisation-types';
import type { Role } from '#shared/api/roles';

/*
 * The `Database` the code queries: the tables kysely-codegen reads from the
 * migrated database (./generated.ts, `npm run db:types`), with the columns the
 * code relies on narrowed here — string-literal unions the CHECK constraints
 * allow, and the shapes stored in jsonb columns. A narrowing must name a
 * column that exists and (but for jsonb) keep its nullability, or tsc fails.
 */

// The lists the API's schemas are built from (the CHECK constraints allow the same).
export type { Role };
export type ResponseStatus = 'draft' | 'submitted';
export type RecommendationPriority = 'high' | 'medium' | 'low';
export type FollowUpOutcome = 'yes' | 'partly' | 'no';

/** A jsonb column: read as parsed JSON, written as a JSON string. */
type JsonColumn<T> = ColumnType<T, string, string>;
type Text = { sv: string; en: string };
type Localized = JsonColumn<Text>;

type Narrowings = {
  organisation: { type: OrganisationType };
  user_role: { role: Role };
  identity_provider: { kind: 'oidc' | 'saml' };
  audit_log: { details: ColumnType<Record<string, unknown>, string | undefined, string> };
  question_bank_version: {
    source: Localized;
    scope: Localized;
    definition: JsonColumn<{ term: Text; text: Text }>;
    answer_labels: JsonColumn<{ yes: Text; no: Text }>;
    comment_field: JsonColumn<{ label: Text; maxLength: number }>;
    level_texts: JsonColumn<{ level: number; title: Text; description: Text }[]>;
  };
  question_area: {
    title: Localized;
    description: Localized;
    main_question: Localized;
    followup_question: Localized;
    /** { "2": {sv,en}, "3": …, "4": … }: what reaching each level takes. */
    guidance: JsonColumn<Record<string, Text>>;
  };
  followup_option: { label: Localized; description: ColumnType<Text | null, string | null, string | null> };
  /** Parsed with scoringRuleSchema from shared/scoring on read. */
  scoring_rule: { rule: JsonColumn<unknown> };
  round: { state: Generated<'draft' | 'open' | 'closed' | 'published'> };
  user_token: { purpose: 'invitation' | 'password_reset' };
  response: { status: Generated<ResponseStatus> };
  answer: { main: 'yes' | 'no' | null };
  response_submission: { answers: JsonColumn<unknown> };
  /** An invitation to roles, granted only when the invitee accepts. */
  account_invitation: { grants: JsonColumn<{ role: Role; organisationId: number | null }[]> };
  audit_recommendation: { priority: RecommendationPriority };
  audit_recommendation_follow_up: { outcome: FollowUpOutcome };
  /** Personal API tokens (docs/decisions/0024). */
  api_token: { scope: 'read' | 'rounds_admin' };
  /** WebAuthn transports the authenticator named (usb, internal, hybrid…). */
  user_passkey: { transports: ColumnType<string[], string | undefined, string> };
  improvement_action: {
    status: Generated<'planned' | 'in_progress' | 'done' | 'stopped'>;
    origin: 'guidance' | 'own';
  };
  improvement_action_follow_up: { outcome: 'yes' | 'partly' | 'no' };
};

type IsNullable<Column> = null extends SelectType<Column> ? true : false;
type Checked<Table, Columns> = {
  [K in keyof Columns]: K extends keyof Table
    ? // jsonb reads as Json, which holds a JSON null either way: only other columns' nullability can be compared.
      Db.Json extends SelectType<Table[K]>
      ? unknown
      : IsNullable<Table[K]> extends IsNullable<Columns[K]>
        ? unknown
        : 'nullable in the database but not here, or the other way round'
    : 'no such column in server/db/generated.ts';
};
type Narrow<Table, Columns> = { [K in keyof Table]: K extends keyof Columns ? Columns[K] : Table[K] };
type NarrowTables<Tables extends { [T in keyof Tables]: T extends keyof Db.DB ? Checked<Db.DB[T], Tables[T]> : never }> = {
  [T in keyof Db.DB]: T extends keyof Tables ? Narrow<Db.DB[T], Tables[T]> : Db.DB[T];
};

export type Database = NarrowTables<Narrowings>;
export type UserTokenTable = Database['user_token'];
