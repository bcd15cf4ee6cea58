import { sql } from 'kysely';
import type { Db } from '#server/db/sql';
import type { Member } from './engine';

type MemberRow = {
  id: number;
  type: string;
  county_code: string | null;
  basis: 'submitted' | 'partial' | null;
  answered: string[];
  attributes: Record<string, string> | null;
};

/**
 * The round's invited organisations as the disclosure rules see them: where
 * they sit in the table (type, county, grouping attributes) and which of
 * their answers any figure can count. Answers themselves are not read.
 */
export async function loadMembers(db: Db, roundId: number): Promise<Member[]> {
  const { rows } = await sql<MemberRow>`
    select o.id, o.type, o.county_code,
      case when r.status = 'submitted' then 'submitted'
           when r.status = 'draft' and answered.keys is not null then 'partial' end as basis,
      coalesce(answered.keys, '{}') as answered,
      (select jsonb_object_agg(oa.attribute, oa.value) from organisation_attribute oa where oa.organisation_id = o.id) as attributes
    from round_invitation i
    join organisation o on o.id = i.organisation_id
    left join response r on r.round_id = i.round_id and r.organisation_id = i.organisation_id
    left join lateral (
      select array_agg(a.area_key order by a.area_key) as keys from answer a where a.response_id = r.id and a.main is not null
    ) answered on true
    where i.round_id = ${roundId}
    order by o.id`.execute(db);
  return rows.map((row) => ({
    type: row.type,
    county: row.county_code,
    attributes: row.attributes ?? {},
    basis: row.basis,
    answered: new Set(row.answered),
  }));
}
