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

export interface Database {
  county: CountyTable;
  organisation: OrganisationTable;
  app_user: AppUserTable;
  user_role: UserRoleTable;
  session: SessionTable;
  login_attempt: LoginAttemptTable;
  audit_log: AuditLogTable;
}
