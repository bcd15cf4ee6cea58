import type { SessionUser } from '#shared/api/auth';
import type { GroupRow, GroupView } from '#shared/api/groups';
import type { Language } from '#shared/question-bank/schema';
import type { QuestionBank } from '#shared/question-bank/types';
import { scoreProfile } from '#shared/scoring/index';
import { assertOrganisationAccess } from '#server/auth/guard';
import type { Db } from '#server/db/sql';
import { notFound } from '#server/errors';
import { loadResponseRows } from '#server/exchange/repository';
import { planProgress } from '#server/improvement/progress';
import { listVisibleRounds } from '#server/rounds/service';
import type { RoundRecord } from '#server/rounds/repository';
import { toAnswers } from './organisation-results';
import { bankOf } from './service';

const noSuchGroup = () => notFound('organisation', 'No such organisation, or it is not a group you belong to.');

/**
 * A kommun and the organisations it is a group of, side by side: each one's
 * level per area in its latest round with results (the newest with a
 * submitted response, else the newest it was invited to), and its action
 * plan's progress (server/improvement/progress.ts). Only the group's
 * own people (and administrators) see it; each row passes the same read check
 * as the member's own results page.
 */
export async function getGroupView(db: Db, user: SessionUser, groupId: number, lang: Language): Promise<GroupView> {
  const own = user.roles.some((r) => (r.role === 'respondent' || r.role === 'viewer') && r.organisationId === groupId);
  if (!own && !user.roles.some((r) => r.role === 'admin')) throw noSuchGroup();
  const group = await db.selectFrom('organisation').select(['id', 'name', 'type']).where('id', '=', groupId).executeTakeFirst();
  if (!group || group.type !== 'kommun') throw noSuchGroup();
  const members = await db
    .selectFrom('organisation_membership')
    .innerJoin('organisation', 'organisation.id', 'organisation_membership.member_id')
    .select(['organisation.id', 'organisation.name', 'organisation.type'])
    .where('organisation_membership.group_id', '=', groupId)
    .orderBy('organisation.name')
    .orderBy('organisation.id')
    .execute();
  const organisations = [{ ...group, isGroup: true }, ...members.map((m) => ({ ...m, isGroup: false }))];
  for (const organisation of organisations) assertOrganisationAccess(user, organisation.id, 'read');

  const rounds = (await listVisibleRounds(db, user)).filter((r) => r.state !== 'draft');
  const invitations = await db
    .selectFrom('round_invitation')
    .select(['round_id', 'organisation_id'])
    .where(
      'organisation_id',
      'in',
      organisations.map((o) => o.id),
    )
    .execute();
  const banks = new Map<number, QuestionBank>();
  const bank = async (round: RoundRecord) => {
    if (!banks.has(round.id)) banks.set(round.id, await bankOf(db, round));
    return banks.get(round.id)!;
  };

  // Rounds newest first: each organisation's row is its newest submitted one, else its newest invited one.
  const chosen = new Map<number, { round: RoundRecord; row: Awaited<ReturnType<typeof loadResponseRows>>[number] }>();
  for (const round of rounds) {
    const invited = organisations.filter((o) => invitations.some((i) => i.round_id === round.id && i.organisation_id === o.id));
    if (invited.length === 0) continue;
    for (const row of await loadResponseRows(
      db,
      round.id,
      invited.map((o) => o.id),
    )) {
      const current = chosen.get(row.organisationId);
      if (!current || (current.row.status !== 'submitted' && row.status === 'submitted')) chosen.set(row.organisationId, { round, row });
    }
  }

  const latest = rounds.find((round) => [...chosen.values()].some((c) => c.round.id === round.id));
  const columns = latest ? (await bank(latest)).areas.map((a) => ({ key: a.key, title: a.title[lang] })) : [];
  // Every row's plan in one statement; the follow-up counted in the round the row shows.
  const progress = await planProgress(
    db,
    organisations.map((o) => ({ organisationId: o.id, year: chosen.get(o.id)?.round.year ?? null })),
  );
  const rows: GroupRow[] = [];
  for (const organisation of organisations) {
    const entry = chosen.get(organisation.id);
    let levels: (number | null)[] = columns.map(() => null);
    if (entry && entry.row.status !== 'not_started') {
      const profile = scoreProfile((await bank(entry.round)).scoring, toAnswers(entry.row.answers));
      levels = columns.map((c) => profile.levels[c.key] ?? null);
    }
    rows.push({
      id: organisation.id,
      name: organisation.name,
      type: organisation.type,
      isGroup: organisation.isGroup,
      year: entry?.round.year ?? null,
      status: entry?.row.status ?? null,
      levels,
      plan: progress.get(organisation.id)!,
    });
  }
  return { group: { id: group.id, name: group.name, type: group.type }, areas: columns, rows };
}
