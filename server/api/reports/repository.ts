import type { Report } from '#shared/api/reports';
import type { Db } from '#server/db/sql';

/** The invited organisations' type when they share one (the report's noun), otherwise `organisation`. */
export async function populationOf(db: Db, roundId: number): Promise<Report['population']> {
  const rows = await db
    .selectFrom('round_invitation as i')
    .innerJoin('organisation as o', 'o.id', 'i.organisation_id')
    .select('o.type')
    .distinct()
    .where('i.round_id', '=', roundId)
    .execute();
  const [only] = rows;
  return rows.length === 1 && only ? only.type : 'organisation';
}

export async function publisherName(db: Db, userId: number): Promise<string | null> {
  const row = await db.selectFrom('app_user').select('name').where('id', '=', userId).executeTakeFirst();
  return row?.name ?? null;
}

export async function loadCommentary(db: Db, roundId: number): Promise<Report['commentary']> {
  const rows = await db
    .selectFrom('report_commentary as c')
    .leftJoin('app_user as u', 'u.id', 'c.updated_by')
    .select(['c.section', 'c.body', 'c.updated_at', 'u.name'])
    .where('c.round_id', '=', roundId)
    .execute();
  return Object.fromEntries(rows.map((row) => [row.section, { body: row.body, updatedAt: row.updated_at.toISOString(), updatedBy: row.name }]));
}

export async function saveCommentary(db: Db, roundId: number, section: string, body: string, userId: number | null): Promise<void> {
  await db
    .insertInto('report_commentary')
    .values({ round_id: roundId, section, body, updated_by: userId })
    .onConflict((oc) => oc.columns(['round_id', 'section']).doUpdateSet({ body, updated_by: userId, updated_at: new Date() }))
    .execute();
}

export async function deleteCommentary(db: Db, roundId: number, section: string): Promise<void> {
  await db.deleteFrom('report_commentary').where('round_id', '=', roundId).where('section', '=', section).execute();
}
