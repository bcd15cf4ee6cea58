import type { ColumnType, Generated } from 'kysely';

/** A timestamp column: read as Date, written as Date or ISO string. */
export type Timestamp = ColumnType<Date, Date | string, Date | string>;

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

export interface Database {
  county: CountyTable;
  organisation: OrganisationTable;
}
